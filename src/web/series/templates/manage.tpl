{{%AUTOESCAPE context="HTML"}}
<h1>Secretariat</h1>
<p>{{SERIES_NAME}}</p>
<nav aria-label="Secretariat">
  <ul class="actions">
    {{#CAN_EDIT}}<li><a class="button" href="/manage/editions/new">New edition</a></li>{{/CAN_EDIT}}
    <li><a href="/manage/partners">Partners and focal points</a></li>
    {{#CAN_AUDIT}}<li><a href="/manage/audit">Audit log</a></li>{{/CAN_AUDIT}}
  </ul>
</nav>
<h2>Editions in preparation</h2>
<ul>
{{#ACTIVE}}<li><a href="/manage/editions/{{NUMBER}}">{{ORDINAL}} edition: {{TITLE}}</a> – {{DATES}}, {{PLACE}} <span class="tag">{{PHASE}}</span></li>{{/ACTIVE}}
</ul>
<h2>Archive</h2>
<ul class="columns">
{{#ARCHIVED}}<li><a href="/editions/{{NUMBER}}">{{ORDINAL}}: {{TITLE}}</a> ({{DATES}})</li>{{/ARCHIVED}}
</ul>

{{%AUTOESCAPE context="HTML"}}
<p class="kicker"><a href="/manage/editions/{{NUMBER}}">{{ORDINAL}} edition</a></p>
<h1>Programme: {{TITLE}}</h1>
{{#SAVED}}<p class="notice" role="status">Saved in the draft. Publish the programme to show the change.</p>{{/SAVED}}
{{#PUBLISHED}}<p class="notice" role="status">The programme is published; the people the changes affect are being written to.</p>{{/PUBLISHED}}
{{#PUBLICATION}}<section aria-labelledby="publication-heading">
<h2 id="publication-heading">Draft and published programme</h2>
<p>{{#NEVER}}The programme is a draft: nobody outside the secretariat sees it until it is published.{{/NEVER}}{{#LAST}}Published {{WHEN}} ({{SESSIONS}} session(s)).{{/LAST}} {{#UP_TO_DATE}}The published programme is the draft as it stands.{{/UP_TO_DATE}}{{#PENDING}}The draft has {{COUNT}} change(s) not yet published.{{/PENDING}}</p>
{{#CAN_PUBLISH}}<form method="post" action="/manage/editions/{{NUMBER}}/programme/publish">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <button type="submit">Publish the programme…</button>
</form>{{/CAN_PUBLISH}}
</section>{{/PUBLICATION}}
<p><a href="/editions/{{NUMBER}}/programme">Published programme</a> · <a href="/editions/{{NUMBER}}/programme.ics">iCalendar</a> · <a href="/editions/{{NUMBER}}/schedule.xml">frab XML</a> · <a href="/editions/{{NUMBER}}/schedule.json">frab JSON</a></p>
{{#HAS_CLASHES}}
<section class="clashes" aria-labelledby="clashes">
  <h2 id="clashes">{{COUNT}} clash(es) to fix before publishing</h2>
  <ul>{{#CLASHES}}<li>{{MESSAGE}}</li>{{/CLASHES}}</ul>
</section>
{{/HAS_CLASHES}}
<h2>Sessions</h2>
<div class="table-wrap" tabindex="0" role="region" aria-label="All sessions, in the edition's time zone">
<table>
  <caption>All sessions, in the edition's time zone</caption>
  <thead><tr><th scope="col">Day</th><th scope="col">Time</th><th scope="col">Session</th><th scope="col">Kind</th><th scope="col">Room</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
  <tbody>
  {{#SESSIONS}}<tr><td>{{DAY}}</td><td>{{TIME}}</td><td>{{TITLE}}</td><td>{{KIND}}</td><td>{{ROOM}}</td><td>{{#EDIT}}<a href="/manage/editions/{{NUMBER}}/programme/{{ID}}">Edit<span class="visually-hidden"> {{TITLE}}</span></a>{{/EDIT}}</td></tr>
  {{/SESSIONS}}
  </tbody>
</table>
</div>
{{#CAN_EDIT}}
<h2 id="add">Add a session</h2>
<form method="post" action="/manage/editions/{{NUMBER}}/programme" class="stack" novalidate>
  <input type="hidden" name="csrf" value="{{CSRF}}">
  {{>SESSION_FIELDS}}
  <button type="submit">Add the session</button>
</form>
{{/CAN_EDIT}}

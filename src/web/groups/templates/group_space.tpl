{{%AUTOESCAPE context="HTML"}}
<p class="kicker"><a href="/editions/{{NUMBER}}">{{ORDINAL}} edition: {{TITLE}}</a></p>
<h1>{{GROUP}}</h1>
<p class="notice">This space is closed: only the group's members, its moderator, rapporteurs and note-takers, and the secretariat see it. All working-group discussions follow the Chatham House Rule: what is said may be used, but neither the identity nor the affiliation of the speaker, nor of any other participant, may be revealed.</p>
<h2>The topic</h2>
{{#DESCRIPTION}}<p>{{TEXT}}</p>{{/DESCRIPTION}}
<h3>Questions for discussion</h3>
{{#NO_QUESTIONS}}<p>The questions are not written yet.</p>{{/NO_QUESTIONS}}
<ol>{{#QUESTIONS}}<li>{{TEXT}}</li>{{/QUESTIONS}}</ol>
{{#PAPER}}<p><a href="/editions/{{NUMBER}}/background-paper">The Lead Rapporteur's background paper (PDF)</a></p>{{/PAPER}}
<h2>Sessions</h2>
{{#NO_SESSIONS}}<p>The published programme has no session of this group yet.</p>{{/NO_SESSIONS}}
<ul>{{#SESSIONS}}<li>{{DATE}}, {{TIME}}: {{SESSION}}{{#ROOM}} · {{ROOM}}{{/ROOM}}</li>{{/SESSIONS}}</ul>
<h2>Moderator, rapporteurs and note-takers</h2>
{{#NO_ROLES}}<p>The secretariat has not appointed them yet.</p>{{/NO_ROLES}}
<ul>{{#ROLES}}<li>{{ROLE}}: {{NAME}}</li>{{/ROLES}}</ul>
<h2>Members ({{MEMBER_COUNT}})</h2>
{{#NO_MEMBERS}}<p>The group's members are not published yet.</p>{{/NO_MEMBERS}}
{{#HAS_MEMBERS}}
<div class="table-wrap" tabindex="0" role="region" aria-label="Members of the group">
<table>
  <caption class="visually-hidden">The members of {{GROUP}}, by name</caption>
  <thead><tr><th scope="col">Name</th><th scope="col">Organisation</th><th scope="col">Country</th></tr></thead>
  <tbody>{{#MEMBERS}}<tr><td>{{NAME}}{{#LATIN}} <span class="latin">({{LATIN}})</span>{{/LATIN}}</td><td>{{ORGANISATION}}</td><td>{{COUNTRY}}</td></tr>{{/MEMBERS}}</tbody>
</table>
</div>
{{/HAS_MEMBERS}}

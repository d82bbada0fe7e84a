{{%AUTOESCAPE context="HTML"}}
<h1>{{ORDINAL}} edition: {{TITLE}}</h1>
<p>{{DATES}} · {{PLACE}} · all times {{TIME_ZONE}}</p>
{{#EMPTY}}<p>The programme has not been published yet.</p>{{/EMPTY}}
{{#DAYS}}
<h2>{{DATE}}</h2>
<table class="print-programme">
  <caption>Sessions on {{DATE}}</caption>
  <thead><tr><th scope="col">Time</th><th scope="col">Session</th><th scope="col">Room</th></tr></thead>
  <tbody>
  {{#SESSIONS}}<tr><td>{{TIME}}</td><td><strong>{{TITLE}}</strong> ({{KIND}}){{#CLOSED}}: {{GROUP}}{{/CLOSED}}{{#CHAIR}}<br>Chair: {{NAME}}{{/CHAIR}}{{#HAS_SPEAKERS}}<br>Speakers: {{#SPEAKERS}}{{NAME}}{{#SPEAKERS_separator}}, {{/SPEAKERS_separator}}{{/SPEAKERS}}{{/HAS_SPEAKERS}}</td><td>{{#ROOM}}{{NAME}}{{/ROOM}}</td></tr>
  {{/SESSIONS}}
  </tbody>
</table>
{{/DAYS}}

{{%AUTOESCAPE context="HTML"}}
<p class="kicker"><a href="/manage/editions/{{NUMBER}}/invitations">Invitations: {{ORDINAL}} edition</a></p>
<h1>Check the file {{FILENAME}}</h1>
{{#HAS_ERRORS}}
<div class="error-summary" role="alert" tabindex="-1" autofocus>
  <h2>{{ERROR_COUNT}} problem(s) to fix; nothing was sent</h2>
  <ul>{{#ERRORS}}<li>{{WHERE}}: {{MESSAGE}}</li>{{/ERRORS}}</ul>
  <p>Correct the file and upload it again.</p>
</div>
<form method="post" action="/manage/editions/{{NUMBER}}/invitations/import" enctype="multipart/form-data" class="stack">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <div class="field"><label for="file">Corrected CSV file</label>
    <input id="file" name="file" type="file" accept=".csv,text/csv"></div>
  <button type="submit">Check the file</button>
</form>
{{/HAS_ERRORS}}
<p>{{TOTAL}} people in the file; {{GOOD}} without problems.</p>
{{#HAS_ROWS}}
<div class="table-wrap" tabindex="0" role="region" aria-label="The first {{SHOWN}} people to invite">
<table>
  <caption>The first {{SHOWN}} people to invite</caption>
  <thead><tr><th scope="col">Line</th><th scope="col">Name</th><th scope="col">E-mail</th><th scope="col">Sector</th><th scope="col">Organisation</th><th scope="col">Country</th></tr></thead>
  <tbody>
  {{#ROWS}}<tr><td>{{LINE}}</td><td>{{NAME}}</td><td>{{EMAIL}}</td><td>{{SECTOR}}</td><td>{{ORGANISATION}}</td><td>{{COUNTRY}}</td></tr>
  {{/ROWS}}
  </tbody>
</table>
</div>
{{/HAS_ROWS}}
{{#CAN_CONFIRM}}
<form method="post" action="/manage/editions/{{NUMBER}}/invitations/import/confirm" class="stack">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <input type="hidden" name="csv" value="{{CSV}}">
  <input type="hidden" name="filename" value="{{FILENAME}}">
  <button type="submit">Send {{TOTAL}} invitations</button>
</form>
{{/CAN_CONFIRM}}
<p><a href="/manage/editions/{{NUMBER}}/invitations">Back to the invitations</a></p>

{{%AUTOESCAPE context="HTML"}}
<p class="kicker"><a href="/manage/editions/{{NUMBER}}">{{ORDINAL}} edition</a></p>
<h1>Invitations: {{TITLE}}</h1>
{{#NOTICE}}<p class="notice" role="status">{{TEXT}}</p>{{/NOTICE}}
{{#GENERAL_ERROR}}
<div class="error-summary" role="alert" tabindex="-1">
  <h2>There is a problem</h2>
  <p>{{MESSAGE}}</p>
</div>
{{/GENERAL_ERROR}}
{{#ERROR_SUMMARY}}
<div class="error-summary" role="alert" tabindex="-1" autofocus>
  <h2>There is a problem</h2>
  <ul>{{#ERRORS}}<li><a href="#{{TARGET}}">{{MESSAGE}}</a></li>{{/ERRORS}}</ul>
</div>
{{/ERROR_SUMMARY}}
<p>Each invitation is a personal link that works once and expires after {{DAYS}} days{{#DEADLINE}}, and never after the registration deadline, {{WHEN}}{{/DEADLINE}}. Government officials are nominated by their partner's focal point: <a href="/manage/editions/{{NUMBER}}/nominations">nominations</a>.</p>
<h2 id="list">Invited: {{TOTAL}}</h2>
<ul class="plain" aria-label="Invitations by state">{{#COUNTS}}<li>{{LABEL}}: {{COUNT}}</li>{{/COUNTS}}</ul>
{{#NONE}}<p>No one has been invited yet.</p>{{/NONE}}
{{#HAS_ROWS}}
<div class="table-wrap" tabindex="0" role="region" aria-label="Invitations to the {{ORDINAL}} edition">
<table>
  <caption>Invitations to the {{ORDINAL}} edition</caption>
  <thead><tr><th scope="col">Name</th><th scope="col">E-mail</th><th scope="col">Sector</th><th scope="col">Organisation</th><th scope="col">Country</th><th scope="col">Kind</th><th scope="col">State</th><th scope="col">Times sent</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
  <tbody>
  {{#ROWS}}<tr><td>{{NAME}}</td><td>{{EMAIL}}</td><td>{{SECTOR}}</td><td>{{ORGANISATION}}</td><td>{{COUNTRY}}</td><td>{{KIND}}</td><td>{{STATE}}</td><td>{{SENT}}{{#WAITING}} ({{COUNT}} waiting){{/WAITING}}{{#FAILED}} <strong>({{COUNT}} failed: <a href="/manage/editions/{{NUMBER}}/outbox?status=failed">outbox</a>)</strong>{{/FAILED}}</td><td>
    {{#CAN_RESEND}}<form method="post" action="/manage/editions/{{NUMBER}}/invitations/{{ID}}/resend" class="inline"><input type="hidden" name="csrf" value="{{CSRF}}"><button type="submit" class="secondary">Resend<span class="visually-hidden"> to {{NAME}}</span></button></form>{{/CAN_RESEND}}
    {{#CAN_REVOKE}}<form method="post" action="/manage/editions/{{NUMBER}}/invitations/{{ID}}/revoke" class="inline"><input type="hidden" name="csrf" value="{{CSRF}}"><button type="submit" class="secondary">Revoke<span class="visually-hidden"> the invitation of {{NAME}}</span></button></form>{{/CAN_REVOKE}}
  </td></tr>
  {{/ROWS}}
  </tbody>
</table>
</div>
{{/HAS_ROWS}}
<h2 id="invite">Invite one person</h2>
<form method="post" action="/manage/editions/{{NUMBER}}/invitations" class="stack" novalidate>
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <div class="field"><label for="email">E-mail</label>
    {{#EMAIL_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/EMAIL_ERROR}}
    <input id="email" name="email" type="email" autocomplete="off" value="{{EMAIL_VALUE}}"{{#EMAIL_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/EMAIL_ERROR}}></div>
  <div class="field"><label for="name">Name</label>
    {{#NAME_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/NAME_ERROR}}
    <input id="name" name="name" autocomplete="off" value="{{NAME_VALUE}}"{{#NAME_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/NAME_ERROR}}></div>
  <div class="field"><label for="sector">Sector</label>
    <p class="meta" id="sector_hint">Government officials are nominated by their partner's focal point, not invited here.</p>
    {{#SECTOR_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/SECTOR_ERROR}}
    <select id="sector" name="sector" aria-describedby="sector_hint{{#SECTOR_ERROR}} {{ID}}{{/SECTOR_ERROR}}"{{#SECTOR_ERROR}} aria-invalid="true"{{/SECTOR_ERROR}}>
      <option value="">Choose a sector</option>
      {{#SECTORS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/SECTORS}}
    </select></div>
  <div class="field"><label for="organisation">Organisation</label>
    <input id="organisation" name="organisation" value="{{ORGANISATION_VALUE}}"></div>
  <div class="field"><label for="country">Country</label>
    {{#COUNTRY_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/COUNTRY_ERROR}}
    <select id="country" name="country"{{#COUNTRY_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/COUNTRY_ERROR}}>
      <option value="">Not given</option>
      {{#COUNTRIES}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{VALUE}}</option>{{/COUNTRIES}}
    </select></div>
  <button type="submit">Send the invitation</button>
</form>
<h2 id="import">Invite many people from a CSV file</h2>
<p>The first line names the columns, in any order: <code>email</code>, <code>name</code>, <code>sector</code>, and optionally <code>organisation</code> and <code>country</code>. Save the file as UTF-8 ("CSV UTF-8"). You will see every problem and the first rows before anything is sent.</p>
<form method="post" action="/manage/editions/{{NUMBER}}/invitations/import" enctype="multipart/form-data" class="stack">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <div class="field"><label for="file">CSV file</label>
    {{#FILE_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/FILE_ERROR}}
    <input id="file" name="file" type="file" accept=".csv,text/csv"{{#FILE_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/FILE_ERROR}}></div>
  <button type="submit">Check the file</button>
</form>
{{#IMPORTS}}<h2 id="imports">Recent imports</h2>
<ul>{{#JOBS}}<li><a href="/manage/editions/{{NUMBER}}/jobs/{{ID}}">Import of {{WHEN}}</a>: {{STATUS}}, {{DONE}} of {{TOTAL}}</li>{{/JOBS}}</ul>{{/IMPORTS}}

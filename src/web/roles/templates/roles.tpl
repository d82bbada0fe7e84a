{{%AUTOESCAPE context="HTML"}}
<p class="kicker"><a href="/manage/editions/{{NUMBER}}">{{ORDINAL}} edition: {{TITLE}}</a></p>
<h1>Roles</h1>
{{#APPOINTED}}<p class="notice" role="status">The appointment is saved; the letter that tells the person is in the <a href="/manage/editions/{{NUMBER}}/outbox">outbox</a>.</p>{{/APPOINTED}}
{{#REMOVED}}<p class="notice" role="status">The role has ended; the person no longer holds it.</p>{{/REMOVED}}
{{#ERROR_SUMMARY}}
<div class="error-summary" role="alert" tabindex="-1" autofocus>
  <h2>There is a problem</h2>
  <ul>{{#ERRORS}}<li><a href="#{{TARGET}}">{{MESSAGE}}</a></li>{{/ERRORS}}</ul>
</div>
{{/ERROR_SUMMARY}}
<h2>Still to appoint</h2>
<ul>{{#MISSING}}<li>{{TEXT}}</li>{{/MISSING}}</ul>
<h2>Appointed</h2>
{{#NONE_HELD}}<p>Nobody is appointed yet.</p>{{/NONE_HELD}}
{{#HELD_TABLE}}
<div class="table-wrap" tabindex="0" role="region" aria-label="Appointed">
<table>
  <caption class="visually-hidden">Everyone appointed, by working group, then the whole seminar, then the plenary sessions</caption>
  <thead><tr><th scope="col">Role</th><th scope="col">Where</th><th scope="col">Name</th>{{#CONTACT_HEAD}}<th scope="col">E-mail</th>{{/CONTACT_HEAD}}{{#ACTION_HEAD}}<th scope="col">Action</th>{{/ACTION_HEAD}}</tr></thead>
  <tbody>{{#HELD}}<tr><td>{{ROLE}}</td><td>{{PLACE}}</td><td dir="auto">{{NAME}}</td>{{#CONTACT}}<td>{{EMAIL}}</td>{{/CONTACT}}{{#CAN_REMOVE}}<td><form method="post" action="/manage/editions/{{NUMBER}}/roles/remove">
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <input type="hidden" name="role" value="{{ROLE_VALUE}}">
      <input type="hidden" name="account" value="{{ACCOUNT}}">
      <button type="submit" aria-label="{{LABEL}}">End this role</button>
    </form></td>{{/CAN_REMOVE}}</tr>{{/HELD}}</tbody>
</table>
</div>
{{/HELD_TABLE}}
{{#CAN_APPOINT}}
<h2 id="appoint">Appoint someone</h2>
<form method="post" action="/manage/editions/{{NUMBER}}/roles" class="stack" novalidate>
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <div class="field"><label for="appoint-role">Role and where it is held</label>
    {{#ROLE_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/ROLE_ERROR}}
    <select id="appoint-role" name="role"{{#ROLE_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/ROLE_ERROR}}><option value="">Choose…</option>{{#ROLE_OPTIONS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ROLE_OPTIONS}}</select></div>
  <div class="field"><label for="appoint-person">An accepted participant</label>
    {{#PERSON_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/PERSON_ERROR}}
    <select id="appoint-person" name="person"{{#PERSON_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/PERSON_ERROR}}><option value="">Someone else (give the e-mail address below)</option>{{#PEOPLE}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/PEOPLE}}</select></div>
  <fieldset>
    <legend>Or someone else, invited by e-mail in this role</legend>
    <div class="field"><label for="appoint-email">E-mail address</label>
      {{#EMAIL_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/EMAIL_ERROR}}
      <input id="appoint-email" name="email" type="email" autocomplete="off" value="{{EMAIL_VALUE}}"{{#EMAIL_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/EMAIL_ERROR}}></div>
    <div class="field"><label for="appoint-name">Name</label>
      {{#NAME_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/NAME_ERROR}}
      <input id="appoint-name" name="name" autocomplete="off" dir="auto" value="{{NAME_VALUE}}"{{#NAME_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/NAME_ERROR}}></div>
  </fieldset>
  <p>The person gets a letter that names the role and what it asks of them; their page lists what to do next.</p>
  <button type="submit">Appoint and send the letter</button>
</form>
{{/CAN_APPOINT}}

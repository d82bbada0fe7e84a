{{%AUTOESCAPE context="HTML"}}
{{#INFEASIBLE}}
<div class="clashes">
  <h3>No selection meets every rule</h3>
  <p>{{REASON}}</p>
  {{#HAS_RELAX}}<p>The smallest change to the rules that makes a selection possible:</p>
  <ul>{{#RELAX}}<li>{{TEXT}}</li>{{/RELAX}}</ul>{{/HAS_RELAX}}
  <p>Change the rules below and run the selection again.</p>
</div>
{{/INFEASIBLE}}
{{#FOUND}}
<p role="status">{{COUNT}} of {{POOL}} selected, with {{QUALITY}}: a total score of {{OBJECTIVE}}.</p>
{{#LOTTERY}}<p>Among people with equal scores, a lottery decided with the published seed <code>{{SEED}}</code>: the registrations are taken in the order of the SHA-256 of “{{SEED}}:<var>registration id</var>”, lowest first. Anyone can repeat it.</p>{{/LOTTERY}}
<h3>The selection against everyone who applied</h3>
{{>CHARTS}}
{{#CAN_APPLY}}
<form method="post" action="{{URL}}/apply">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <input type="hidden" name="run" value="{{JOB_ID}}">
  <button type="submit">Apply this selection…</button>
</form>
{{/CAN_APPLY}}
<h3>Selected</h3>
<div class="table-wrap" tabindex="0" role="region" aria-label="Selected people">
<table>
  <caption class="visually-hidden">The people selected in run {{JOB_ID}}</caption>
  <thead><tr><th scope="col">Id</th><th scope="col">Name</th><th scope="col">Country</th><th scope="col">Score</th></tr></thead>
  <tbody>{{#SELECTED}}<tr><td>{{ID}}</td><td>{{NAME}}</td><td>{{COUNTRY}}</td><td>{{SCORE}}</td></tr>{{/SELECTED}}</tbody>
</table>
</div>
{{/FOUND}}

{{%AUTOESCAPE context="HTML"}}
<p class="kicker"><a href="/manage/editions/{{NUMBER}}">{{ORDINAL}} edition: {{TITLE}}</a></p>
<h1>Working-group assignment</h1>
{{#HAS_ERROR}}
<div class="error-summary" role="alert" tabindex="-1" autofocus>
  <h2>There is a problem</h2>
  <p>{{ERROR}}</p>
</div>
{{/HAS_ERROR}}
<p>{{ACCEPTED}} people are accepted. <a href="/manage/editions/{{NUMBER}}/selection">Selection</a></p>
{{#CAN_RUN}}
<form method="post" action="/manage/editions/{{NUMBER}}/assignment">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <button type="submit">Run the assignment</button>
</form>
{{/CAN_RUN}}
{{>JOB_PANEL}}
{{#RUN}}
<section aria-labelledby="run-heading">
  <h2 id="run-heading">Assignment {{RUN_ID}} ({{STATUS}})</h2>
  {{#MOVED}}<p class="notice" role="status">Moved. The objective and the rules below are recomputed.</p>{{/MOVED}}
  {{#PUBLISHED}}<p class="notice" role="status">Published: {{MAILED}} people were placed in a new group and sent an e-mail.</p>{{/PUBLISHED}}
  <dl class="facts">
    <dt>People</dt><dd>{{PEOPLE}}</dd>
    <dt>Objective (lower is better)</dt><dd id="objective">{{OBJECTIVE}}</dd>
    <dt>Lower bound from the solver</dt><dd>{{LOWER_BOUND}}{{#OPTIMAL}} (the solver proved this assignment optimal){{/OPTIMAL}}</dd>
  </dl>
  {{#STALE}}<div class="clashes"><p>The accepted list changed since this assignment ran: {{LEFT}} of its people are no longer accepted (they are left out below and will not be placed), and {{NEW}} accepted people are not in it. Run the assignment again to place everyone.</p></div>{{/STALE}}
  {{#BREACHES}}
  <div class="clashes" id="breaches">
    <h3>Rules broken: {{COUNT}}</h3>
    <ul>{{#BREACH}}<li><strong>{{KIND}}:</strong> {{TEXT}}</li>{{/BREACH}}</ul>
  </div>
  {{/BREACHES}}
  {{#NO_BREACHES}}<p id="breaches">Every group is within its size limits and balance bands.</p>{{/NO_BREACHES}}
  <h3>Choices</h3>
  <figure class="share-chart">
    <figcaption>How many got their 1st, 2nd and 3rd choice</figcaption>
    {{CHOICES_SVG:none}}
    <div class="table-wrap" tabindex="0" role="region" aria-label="Placements by choice"><table>
      <caption class="visually-hidden">Placements by choice</caption>
      <thead><tr><th scope="col">Choice</th><th scope="col">People</th></tr></thead>
      <tbody>{{#CHOICES}}<tr><th scope="row">{{LABEL}}</th><td>{{COUNT}}</td></tr>{{/CHOICES}}</tbody>
    </table></div>
  </figure>
  <h3>Shares per group against everyone</h3>
  {{>CHARTS}}
  {{#CAN_EDIT}}
  <h3 id="move">Move a person by hand</h3>
  <form method="post" action="/manage/editions/{{NUMBER}}/assignment/move" class="field-row">
    <input type="hidden" name="csrf" value="{{CSRF}}">
    <input type="hidden" name="run" value="{{RUN_ID}}">
    <div class="field"><label for="move-person">Person</label>
      <select id="move-person" name="registration">{{#PEOPLE}}<option value="{{ID}}">{{NAME}} ({{GROUP}})</option>{{/PEOPLE}}</select></div>
    <div class="field"><label for="move-group">Move to</label>
      <select id="move-group" name="group">{{#TARGETS}}<option value="{{ID}}">{{NAME}}</option>{{/TARGETS}}</select></div>
    <button type="submit">Move</button>
  </form>
  <h3>Publish</h3>
  <form method="post" action="/manage/editions/{{NUMBER}}/assignment/publish">
    <input type="hidden" name="csrf" value="{{CSRF}}">
    <input type="hidden" name="run" value="{{RUN_ID}}">
    <p>Publishing places everyone in their group and gives them access to its closed-door sessions; each person whose group is new or changed gets an e-mail.</p>
    <button type="submit">{{PUBLISH_LABEL}}</button>
  </form>
  {{/CAN_EDIT}}
  <h3>Members</h3>
  {{#GROUPS}}
  <h4>{{NAME}}: {{COUNT}} members (allowed {{MIN}}–{{MAX}})</h4>
  <div class="table-wrap" tabindex="0" role="region" aria-label="Members of {{NAME}}"><table>
    <caption class="visually-hidden">Members of {{NAME}}</caption>
    <thead><tr><th scope="col">Name</th><th scope="col">Country</th><th scope="col">Gender</th><th scope="col">Region</th><th scope="col">Sector</th><th scope="col">Choice</th></tr></thead>
    <tbody>{{#MEMBERS}}<tr><td>{{NAME}}</td><td>{{COUNTRY}}</td><td>{{GENDER}}</td><td>{{REGION}}</td><td>{{SECTOR}}</td><td>{{CHOICE}}</td></tr>{{/MEMBERS}}</tbody>
  </table></div>
  {{/GROUPS}}
  <h3 id="why-not">Why not their first choice</h3>
  {{#WHY_NOT_SIZES}}<p>Bring every group within its size limits first; the costs below assume they hold.</p>{{/WHY_NOT_SIZES}}
  <div class="table-wrap" tabindex="0" role="region" aria-label="Why not their first choice"><table>
    <caption class="visually-hidden">For each person not in their first choice, what moving them there would cost</caption>
    <thead><tr><th scope="col">Person</th><th scope="col">Placed in</th><th scope="col">First choice</th><th scope="col">Moving them alone</th><th scope="col">Best exchange</th></tr></thead>
    <tbody>{{#WHY_NOT}}<tr id="why-{{REGISTRATION_ID}}"><td>{{NAME}}</td><td>{{NOW}}</td><td>{{FIRST}}</td><td>{{MOVE}}</td><td>{{EXCHANGE}}</td></tr>{{/WHY_NOT}}</tbody>
  </table></div>
</section>
{{/RUN}}

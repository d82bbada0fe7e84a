{{%AUTOESCAPE context="HTML"}}
<p class="kicker"><a href="/editions/{{NUMBER}}">{{ORDINAL}} edition: {{TITLE}}</a></p>
<h1>Nominations of {{PARTNER}}</h1>
{{#NOTICE}}<p class="notice" role="status">{{TEXT}}</p>{{/NOTICE}}
{{#ERROR_SUMMARY}}
<div class="error-summary" role="alert" tabindex="-1" autofocus>
  <h2>There is a problem</h2>
  <ul>{{#ERRORS}}<li><a href="#{{TARGET}}">{{MESSAGE}}</a></li>{{/ERRORS}}</ul>
</div>
{{/ERROR_SUMMARY}}
<p>{{PARTNER}} may nominate {{QUOTA_TEXT}} for the {{ORDINAL}} edition ({{DATES}}, {{PLACE}}). Nominated: {{NOMINATED_COUNT}}; places left: {{REMAINING}}.{{#DEADLINE}} Nominations close with registration, {{WHEN}}.{{/DEADLINE}}</p>
<h2 id="nominated">Nominated</h2>
{{#NONE}}<p>No one has been nominated yet.</p>{{/NONE}}
{{#HAS_ROWS}}
<div class="table-wrap" tabindex="0" role="region" aria-label="Officials nominated by {{PARTNER}}">
<table>
  <caption>Officials nominated by {{PARTNER}}</caption>
  <thead><tr><th scope="col">Name</th><th scope="col">E-mail</th><th scope="col">Position and organisation</th><th scope="col">State</th></tr></thead>
  <tbody>
  {{#ROWS}}<tr><td>{{NAME}}</td><td>{{EMAIL}}</td><td>{{ORGANISATION}}</td><td>{{STATE}}</td></tr>
  {{/ROWS}}
  </tbody>
</table>
</div>
{{/HAS_ROWS}}
{{#QUOTA_REACHED}}<p>The quota is reached. To nominate someone else, ask the secretariat.</p>{{/QUOTA_REACHED}}
{{#CAN_NOMINATE}}
<h2 id="nominate">Nominate an official</h2>
<p>The official receives an invitation by e-mail with a personal link to register. It works once.</p>
<form method="post" action="/editions/{{NUMBER}}/nominations/{{PARTNER_ID}}" class="stack" novalidate>
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <div class="field"><label for="name">Name</label>
    {{#NAME_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/NAME_ERROR}}
    <input id="name" name="name" autocomplete="off" value="{{NAME_VALUE}}"{{#NAME_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/NAME_ERROR}}></div>
  <div class="field"><label for="email">E-mail</label>
    {{#EMAIL_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/EMAIL_ERROR}}
    <input id="email" name="email" type="email" autocomplete="off" value="{{EMAIL_VALUE}}"{{#EMAIL_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/EMAIL_ERROR}}></div>
  <div class="field"><label for="organisation">Position and organisation</label>
    <input id="organisation" name="organisation" value="{{ORGANISATION_VALUE}}"></div>
  <button type="submit">Nominate</button>
</form>
{{/CAN_NOMINATE}}

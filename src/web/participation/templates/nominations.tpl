{{%AUTOESCAPE context="HTML"}}
<p class="kicker"><a href="/manage/editions/{{NUMBER}}/invitations">Invitations: {{ORDINAL}} edition</a></p>
<h1>Nominations by partners: {{TITLE}}</h1>
{{#NOTICE}}<p class="notice" role="status">{{TEXT}}</p>{{/NOTICE}}
{{#ERROR_SUMMARY}}
<div class="error-summary" role="alert" tabindex="-1" autofocus>
  <h2>There is a problem</h2>
  <ul>{{#ERRORS}}<li><a href="#{{TARGET}}">{{MESSAGE}}</a></li>{{/ERRORS}}</ul>
</div>
{{/ERROR_SUMMARY}}
<p>Each partner's focal points nominate its government officials. Without a quota of its own, a partner may nominate one government official.</p>
<form method="post" action="/manage/editions/{{NUMBER}}/nominations/request" class="stack">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <p>Every focal point of a partner not asked yet gets an account (if they have none) and an e-mail with a one-time sign-in link to their partner's nomination page. Partners asked before, and partners whose quota is filled, are not asked again; ask one again from its row.</p>
  <button type="submit">Ask partners to nominate</button>
</form>
<h2 id="set-quota">Set a quota</h2>
<form method="post" action="/manage/editions/{{NUMBER}}/nominations/quotas" class="stack" novalidate>
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <div class="field"><label for="partner">Partner</label>
    {{#PARTNER_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/PARTNER_ERROR}}
    <select id="partner" name="partner"{{#PARTNER_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/PARTNER_ERROR}}>
      <option value="">Choose a partner</option>
      {{#PARTNERS}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/PARTNERS}}
    </select></div>
  <div class="field"><label for="sector">Sector</label>
    {{#SECTOR_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/SECTOR_ERROR}}
    <select id="sector" name="sector"{{#SECTOR_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/SECTOR_ERROR}}>
      {{#SECTORS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/SECTORS}}
    </select></div>
  <div class="field"><label for="quota">Quota (people)</label>
    {{#QUOTA_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/QUOTA_ERROR}}
    <input id="quota" name="quota" class="short" inputmode="numeric" value="{{QUOTA_VALUE}}"{{#QUOTA_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/QUOTA_ERROR}}></div>
  <button type="submit">Save the quota</button>
</form>
<h2 id="partners">Partners</h2>
<div class="table-wrap" tabindex="0" role="region" aria-label="Quotas and nominations per partner">
<table>
  <caption>Quotas and nominations per partner</caption>
  <thead><tr><th scope="col">Partner</th><th scope="col">Focal points</th><th scope="col">Quotas</th><th scope="col">Nominated</th><th scope="col">Asked</th></tr></thead>
  <tbody>
  {{#ROWS}}<tr><td><a href="/editions/{{NUMBER}}/nominations/{{ID}}">{{NAME}}</a></td><td>{{FOCAL_POINTS}}</td><td>{{QUOTAS}}</td><td>{{NOMINATED}}</td><td>{{ASKED}}{{#ASK_AGAIN}}
    <form method="post" action="/manage/editions/{{NUMBER}}/nominations/{{ID}}/request" class="inline"><input type="hidden" name="csrf" value="{{CSRF}}"><button type="submit" class="secondary">Ask again<span class="visually-hidden"> for {{NAME}}</span></button></form>{{/ASK_AGAIN}}</td></tr>
  {{/ROWS}}
  </tbody>
</table>
</div>

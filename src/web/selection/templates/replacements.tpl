{{%AUTOESCAPE context="HTML"}}
<p class="kicker"><a href="/manage/editions/{{NUMBER}}">{{ORDINAL}} edition: {{TITLE}}</a> · <a href="/manage/editions/{{NUMBER}}/selection">Selection</a></p>
<h1>Places given up and the waiting list</h1>
{{#PROMOTED}}<p class="notice" role="status">{{PROMOTED_NAME}} is accepted in the freed place; the message that tells them is in the <a href="/manage/editions/{{NUMBER}}/outbox">outbox</a>.</p>{{/PROMOTED}}
{{#REFUSED}}<div class="error-summary" role="alert" tabindex="-1" autofocus>
  <h2>The promotion was not made</h2>
  <p>{{MESSAGE}}</p>
</div>{{/REFUSED}}
<p>{{ACCEPTED}} people are accepted, {{PLACES}} place(s) given up after acceptance are free, {{WAITING}} people are on the waiting list.</p>
<h2>Places given up</h2>
{{#NO_PLACES}}<p>No accepted participant has given up their place.</p>{{/NO_PLACES}}
{{#FREED_TABLE}}<div class="table-wrap" tabindex="0" role="region" aria-label="Places given up">
<table>
  <caption class="visually-hidden">Accepted people who gave up their place, not yet replaced</caption>
  <thead><tr><th scope="col">Id</th><th scope="col">Given up by</th><th scope="col">Country</th><th scope="col">Gender</th><th scope="col">Region</th><th scope="col">Sector</th></tr></thead>
  <tbody>{{#FREED}}<tr><td>{{ID}}</td><td>{{NAME}}</td><td>{{COUNTRY}}</td><td>{{GENDER}}</td><td>{{REGION}}</td><td>{{SECTOR}}</td></tr>{{/FREED}}</tbody>
</table>
</div>{{/FREED_TABLE}}
{{#NO_WAITING}}<p>Nobody is on the waiting list: a free place can only be filled by a new decision on the <a href="/manage/editions/{{NUMBER}}/applications">applications page</a>.</p>{{/NO_WAITING}}
{{#NO_SUGGESTION}}<p>The selection engine found no replacement: {{REASON}}</p>{{/NO_SUGGESTION}}
{{#SUGGESTION}}
<h2>Suggested replacement</h2>
<p>The selection engine kept everyone accepted in and chose from the waiting list the {{COUNT}} people who keep {{RULES}} with the best scores (among equal scores, {{TIES}}).</p>
{{#RELAXED}}<p>Those rules cannot all hold around the people already accepted; the suggestion loosens them by the least:</p>
<ul>{{#RULE}}<li>{{TEXT}}</li>{{/RULE}}</ul>{{/RELAXED}}
<div class="table-wrap" tabindex="0" role="region" aria-label="Suggested replacement">
<table>
  <caption class="visually-hidden">The people the selection engine suggests, each for one freed place</caption>
  <thead><tr><th scope="col">Name</th><th scope="col">Country</th><th scope="col">Gender</th><th scope="col">Region</th><th scope="col">Sector</th><th scope="col">Score</th><th scope="col">Takes the place of</th><th scope="col">Action</th></tr></thead>
  <tbody>{{#SUGGESTED}}<tr><td>{{NAME}}</td><td>{{COUNTRY}}</td><td>{{GENDER}}</td><td>{{REGION}}</td><td>{{SECTOR}}</td><td>{{SCORE}}</td><td>{{PLACE_NAME}}</td>
    <td>{{#CAN_PROMOTE}}<form method="post" action="/manage/editions/{{NUMBER}}/selection/promote">
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <input type="hidden" name="registration" value="{{ID}}">
      <input type="hidden" name="replaces" value="{{PLACE}}">
      <button type="submit">Promote {{NAME}}</button>
    </form>{{/CAN_PROMOTE}}</td></tr>{{/SUGGESTED}}</tbody>
</table>
</div>
<p>Promoting accepts the person at once and writes to them; the steering committee sees the change in the accepted list.</p>
<h3>The accepted list now and with the suggestion</h3>
{{>CHARTS}}
{{/SUGGESTION}}
{{#WAITING_LIST}}
<h2>Waiting list</h2>
<div class="table-wrap" tabindex="0" role="region" aria-label="Waiting list">
<table>
  <caption class="visually-hidden">Everyone on the waiting list; any of them can take a freed place</caption>
  <thead><tr><th scope="col">Name</th><th scope="col">Country</th><th scope="col">Gender</th><th scope="col">Region</th><th scope="col">Sector</th><th scope="col">Score</th><th scope="col">Action</th></tr></thead>
  <tbody>{{#PERSON}}<tr><td>{{NAME}}</td><td>{{COUNTRY}}</td><td>{{GENDER}}</td><td>{{REGION}}</td><td>{{SECTOR}}</td><td>{{SCORE}}</td>
    <td>{{#CAN_PROMOTE}}<form method="post" action="/manage/editions/{{NUMBER}}/selection/promote" class="inline">
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <input type="hidden" name="registration" value="{{ID}}">
      <label for="place-{{ID}}">Into the place of</label>
      <select id="place-{{ID}}" name="replaces">{{#PLACES}}<option value="{{PLACE}}">{{PLACE_NAME}}</option>{{/PLACES}}</select>
      <button type="submit">Promote {{NAME}}</button>
    </form>{{/CAN_PROMOTE}}</td></tr>{{/PERSON}}</tbody>
</table>
</div>
{{/WAITING_LIST}}

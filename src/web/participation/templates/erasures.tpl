{{%AUTOESCAPE context="HTML"}}
<p class="kicker"><a href="/manage/editions/{{NUMBER}}">{{ORDINAL}} edition</a></p>
<h1>Erasure requests</h1>
{{#ERASED}}<p class="notice" role="status">Registration {{ID}} is erased: its personal data is anonymised and the account closed.</p>{{/ERASED}}
<p>Participants who asked for their personal data to be erased. Completing an erasure anonymises the registration, blanks its invitation, closes the account and deletes the mails addressed to it. It cannot be undone.</p>
{{#NONE}}<p>No request is waiting.</p>{{/NONE}}
<div class="table-wrap" tabindex="0" role="region" aria-label="Erasure requests">
<table>
  <caption class="visually-hidden">{{COUNT}} request(s) waiting</caption>
  <thead><tr><th scope="col">Registration</th><th scope="col">Name</th><th scope="col">Organisation</th><th scope="col">Status</th><th scope="col">Asked on</th><th scope="col">Action</th></tr></thead>
  <tbody>
  {{#REQUESTS}}
  <tr><td>{{ID}}</td><td dir="auto">{{NAME}}</td><td dir="auto">{{ORGANISATION}}</td><td>{{STATUS}}</td><td>{{WHEN}}</td>
    <td><form method="post" action="/manage/editions/{{NUMBER}}/erasures/{{ID}}" class="inline">
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <button type="submit">Erase registration {{ID}}…</button></form></td></tr>
  {{/REQUESTS}}
  </tbody>
</table>
</div>

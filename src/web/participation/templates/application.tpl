{{%AUTOESCAPE context="HTML"}}
<p class="kicker"><a href="/manage/editions/{{NUMBER}}/applications">Applications to the {{ORDINAL}} edition</a></p>
<h1 dir="auto">{{NAME}}</h1>
{{#ANSWERED}}<p class="notice" role="status">The request is answered; the person is being written to.</p>{{/ANSWERED}}
{{#DECIDED}}<p class="notice" role="status">Decision saved as a draft. The person is written to (without the reason) when the decisions are released on the applications page.</p>{{/DECIDED}}
{{#ERROR_SUMMARY}}
<div class="error-summary" role="alert" tabindex="-1" autofocus>
  <h2>There is a problem</h2>
  <ul>{{#ERRORS}}<li><a href="#{{TARGET}}">{{MESSAGE}}</a></li>{{/ERRORS}}</ul>
</div>
{{/ERROR_SUMMARY}}
<dl class="facts">
  <dt>Status</dt><dd>{{STATUS}}</dd>
  <dt>Internal reason</dt><dd>{{REASON}}</dd>
  {{#DRAFT}}<dt>Draft decision (not released)</dt><dd>{{STATUS}}; reason: {{REASON}}</dd>{{/DRAFT}}
  <dt>Name as written</dt><dd dir="auto">{{NAME}}</dd>
  <dt>Family name</dt><dd dir="auto">{{FAMILY_NAME}}</dd>
  <dt>Name in Latin script</dt><dd>{{LATIN_NAME}}</dd>
  {{#CONTACT}}<dt>E-mail</dt><dd>{{EMAIL}}</dd>{{/CONTACT}}
  <dt>Organisation</dt><dd dir="auto">{{ORGANISATION}}</dd>
  <dt>Position</dt><dd dir="auto">{{POSITION}}</dd>
  <dt>Country</dt><dd>{{COUNTRY}} ({{REGION}})</dd>
  <dt>Sector</dt><dd>{{SECTOR}}</dd>
  <dt>Gender</dt><dd>{{GENDER}}</dd>
  <dt>Expertise</dt><dd>{{EXPERTISE}}</dd>
  {{#CONTACT}}<dt>Access needs</dt><dd>{{ACCESS_NEEDS}}</dd>
  <dt>Dietary needs</dt><dd>{{DIETARY_NEEDS}}</dd>{{/CONTACT}}
  <dt>On the public participant list</dt><dd>{{PUBLIC_LISTING}}</dd>
  <dt>Registered</dt><dd>{{REGISTERED}}</dd>
</dl>
{{#REQUESTS}}<section aria-labelledby="requests-heading">
<h2 id="requests-heading">Requests to change facts used in the selection</h2>
<ul class="requests">{{#REQUEST}}<li>{{TEXT}} (asked {{WHEN}}): {{STATE}}{{#CAN_ANSWER}}
  <form method="post" action="/manage/editions/{{NUMBER}}/applications/{{ID}}/requests/{{REQUEST_ID}}" class="inline">
    <input type="hidden" name="csrf" value="{{CSRF}}">
    <button type="submit" name="answer" value="accept" aria-label="Accept the change {{TEXT}}">Accept the change</button>
    <button type="submit" name="answer" value="refuse" class="secondary" aria-label="Refuse the change {{TEXT}}">Refuse it</button>
  </form>{{/CAN_ANSWER}}</li>{{/REQUEST}}</ul>
</section>{{/REQUESTS}}
<h2>Working groups, in order of preference</h2>
<ol>{{#RANKING}}<li>{{GROUP}}</li>{{/RANKING}}</ol>

{{#CAN_DECIDE}}
<h2 id="decide">Decision</h2>
<form method="post" action="/manage/editions/{{NUMBER}}/applications/{{ID}}/decision" class="stack" novalidate>
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <fieldset{{#DECISION_ERROR}} aria-describedby="{{ID}}"{{/DECISION_ERROR}}>
    <legend>Decide on this registration</legend>
    {{#DECISION_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/DECISION_ERROR}}
    <div class="radios">{{#DECISIONS}}<input type="radio" name="decision" value="{{VALUE}}" id="decision-{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}> <label for="decision-{{VALUE}}">{{LABEL}}</label> {{/DECISIONS}}</div>
  </fieldset>
  <div class="field"><label for="decision-reason">Reason (internal: never shown or sent to the person)</label>
    <textarea id="decision-reason" name="reason" rows="3">{{REASON_VALUE:pre_escape}}</textarea></div>
  <button type="submit">Save the decision as a draft</button>
</form>
<form method="post" action="/manage/editions/{{NUMBER}}/erasures/{{ID}}" class="inline">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <button type="submit" class="secondary">Erase this registration…</button>
</form>
{{/CAN_DECIDE}}

<h2>Status history</h2>
<div class="table-wrap" role="region" aria-labelledby="history-caption" tabindex="0">
<table>
  <caption id="history-caption">Every status this registration has had, oldest first</caption>
  <thead><tr><th scope="col">When</th><th scope="col">Status</th><th scope="col">By</th><th scope="col">Internal reason</th></tr></thead>
  <tbody>{{#HISTORY}}<tr><td>{{WHEN}}</td><td>{{STATUS}}</td><td>{{WHO}}</td><td>{{REASON}}</td></tr>
  {{/HISTORY}}</tbody>
</table>
</div>

{{#CONTACT}}<h2>Messages to this person</h2>
{{#NO_MAILS}}<p>No message has been sent to {{EMAIL}}.</p>{{/NO_MAILS}}
{{#HAS_MAILS}}
<div class="table-wrap" role="region" aria-labelledby="mail-caption" tabindex="0">
<table>
  <caption id="mail-caption">E-mails to {{EMAIL}}, oldest first</caption>
  <thead><tr><th scope="col">Subject</th><th scope="col">Status</th><th scope="col">When</th><th scope="col">Server's answer</th></tr></thead>
  <tbody>{{#MAILS}}<tr><td>{{SUBJECT}}</td><td>{{STATUS}}</td><td>{{WHEN}}</td><td>{{#ERROR}}{{TEXT}}{{/ERROR}}</td></tr>
  {{/MAILS}}</tbody>
</table>
</div>
{{/HAS_MAILS}}{{/CONTACT}}

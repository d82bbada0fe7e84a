{{%AUTOESCAPE context="HTML"}}
<p class="kicker"><a href="/manage/editions/{{NUMBER}}/erasures">Erasure requests: {{ORDINAL}} edition</a></p>
<h1>Erase registration {{ID}}</h1>
{{#ERROR_SUMMARY}}
<div class="error-summary" role="alert" tabindex="-1" autofocus>
  <h2>There is a problem</h2>
  <ul>{{#ERRORS}}<li><a href="#{{TARGET}}">{{MESSAGE}}</a></li>{{/ERRORS}}</ul>
</div>
{{/ERROR_SUMMARY}}
<dl class="facts">
  <dt>Name</dt><dd dir="auto">{{NAME}}</dd>
  <dt>Organisation</dt><dd dir="auto">{{ORGANISATION}}</dd>
  <dt>Status</dt><dd>{{STATUS}}</dd>
  {{#REQUESTED}}<dt>Asked to be erased</dt><dd>{{WHEN}}</dd>{{/REQUESTED}}
</dl>
<p>Erasing anonymises the registration (only its sector, region, status and ranking stay, for the statistics), blanks its invitation, closes the account with every grant and calendar address, and deletes the mails addressed to the person. It cannot be undone.</p>
<form method="post" action="/manage/editions/{{NUMBER}}/erasures/{{ID}}" novalidate>
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <input type="hidden" name="confirm" value="yes">
  {{#NOT_REQUESTED}}
  <p class="clashes"><strong>This person has not asked to be erased.</strong> Erase only for a legal reason, which the audit log keeps.</p>
  <div class="field">
    <label for="erasure-reason">Legal reason</label>
    {{#REASON_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/REASON_ERROR}}
    <textarea id="erasure-reason" name="reason" rows="2"{{#REASON_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/REASON_ERROR}}>{{REASON_VALUE:pre_escape}}</textarea>
  </div>
  {{/NOT_REQUESTED}}
  <p><button type="submit" class="danger">Erase registration {{ID}} for good</button> <a href="/manage/editions/{{NUMBER}}/erasures">Cancel</a></p>
</form>

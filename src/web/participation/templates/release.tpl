{{%AUTOESCAPE context="HTML"}}
<p class="kicker"><a href="/manage/editions/{{NUMBER}}/applications">Applications: {{ORDINAL}} edition</a></p>
<h1>Release the decisions</h1>
{{#ERROR_SUMMARY}}
<div class="error-summary" role="alert" tabindex="-1" autofocus>
  <h2>There is a problem</h2>
  <ul>{{#ERRORS}}<li><a href="#{{TARGET}}">{{MESSAGE}}</a></li>{{/ERRORS}}</ul>
</div>
{{/ERROR_SUMMARY}}
{{#NOTHING}}<p>No draft decision waits to be released. <a href="/manage/editions/{{NUMBER}}/applications">Back to the applications</a>.</p>{{/NOTHING}}
{{#SOME}}
<p>{{COUNT}} draft decision(s) become final:</p>
<ul>{{#BY_STATUS}}<li>{{STATUS}}: {{COUNT}}</li>{{/BY_STATUS}}</ul>
<p>{{MAILS}} e-mail(s) will be sent, one to each person whose status changes. Accepted people get the participant material and links; people who are no longer accepted lose them. This cannot be undone by the page: a later change is a new decision and a new e-mail.</p>
{{#APPROVED}}<p>The steering committee approved the list as it stands ({{MEMBERS}} member(s)).</p>{{/APPROVED}}
<form method="post" action="/manage/editions/{{NUMBER}}/applications/release" novalidate>
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <input type="hidden" name="confirm" value="yes">
  {{#NOT_APPROVED}}
  <p class="clashes"><strong>The steering committee has not approved the list as it stands.</strong></p>
  {{#CHANGES}}<p>Changes asked by {{NAME}}: “{{COMMENT}}”</p>{{/CHANGES}}
  <div class="field">
    <label for="release-reason">Why release without their approval (recorded in the audit log)</label>
    {{#REASON_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/REASON_ERROR}}
    <textarea id="release-reason" name="reason" rows="3"{{#REASON_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/REASON_ERROR}}>{{REASON_VALUE:pre_escape}}</textarea>
  </div>
  {{/NOT_APPROVED}}
  <p><button type="submit">Release {{COUNT}} decision(s) and send {{MAILS}} e-mail(s)</button> <a href="/manage/editions/{{NUMBER}}/applications">Cancel</a></p>
</form>
{{/SOME}}

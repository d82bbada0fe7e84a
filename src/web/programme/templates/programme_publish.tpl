{{%AUTOESCAPE context="HTML"}}
<p class="kicker"><a href="/manage/editions/{{NUMBER}}/programme">Programme of the {{ORDINAL}} edition</a></p>
<h1>Publish the programme</h1>
{{#ERROR_SUMMARY}}
<div class="error-summary" role="alert" tabindex="-1" autofocus>
  <h2>There is a problem</h2>
  <ul>{{#ERRORS}}<li><a href="#{{TARGET}}">{{MESSAGE}}</a></li>{{/ERRORS}}</ul>
</div>
{{/ERROR_SUMMARY}}
<p>{{SESSIONS}} session(s) become the published programme: on the edition's public page, the printable programme and the calendar feeds, and in each participant's own programme and private calendar.</p>
{{#FIRST}}<p>This is the programme's first publication: nobody outside the secretariat has seen it yet, so nobody is told of changes.</p>{{/FIRST}}
{{#SINCE}}
<h2>Changes since the last publication ({{WHEN}})</h2>
{{#NO_CHANGE}}<p>None: the published programme is the draft as it stands.</p>{{/NO_CHANGE}}
<ul class="changes">{{#CHANGE}}<li>{{TEXT}}</li>{{/CHANGE}}</ul>
<p>{{NOTICES}} person(s) will get an e-mail listing the changes to the sessions they follow.</p>
{{/SINCE}}
<p>{{JOIN_LINKS}} join-link message(s) will be scheduled for the day of each online session, replacing any still waiting.</p>
{{#CAN_PUBLISH}}
<form method="post" action="/manage/editions/{{NUMBER}}/programme/publish" class="stack" novalidate>
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <input type="hidden" name="confirm" value="yes">
  {{#CLASHES}}
  <section class="clashes" aria-labelledby="publish-clashes">
    <h2 id="publish-clashes">{{COUNT}} clash(es) in the programme</h2>
    <ul>{{#CLASH}}<li>{{MESSAGE}}</li>{{/CLASH}}</ul>
    <p>Fix them first, or publish with them and say why.</p>
  </section>
  <div class="field"><label for="publish-reason">Why publish with these clashes (recorded in the audit log)</label>
    {{#REASON_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/REASON_ERROR}}
    <textarea id="publish-reason" name="reason" rows="2"{{#REASON_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/REASON_ERROR}}>{{REASON_VALUE:pre_escape}}</textarea></div>
  {{/CLASHES}}
  <button type="submit">Publish {{SESSIONS}} session(s)</button>
  <a href="/manage/editions/{{NUMBER}}/programme">Cancel</a>
</form>
{{/CAN_PUBLISH}}

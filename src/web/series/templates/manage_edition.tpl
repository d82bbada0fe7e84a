{{%AUTOESCAPE context="HTML"}}
<p class="kicker"><a href="/manage">Secretariat</a></p>
<h1>{{ORDINAL}} edition: {{TITLE}}</h1>
{{#SAVED}}<p class="notice" role="status">Saved.</p>{{/SAVED}}
{{#PHASE_CHANGED}}<p class="notice" role="status">The edition is now in the phase “{{PHASE}}”.</p>{{/PHASE_CHANGED}}
<section aria-labelledby="phase-heading">
<h2 id="phase-heading">Phase: {{PHASE}}</h2>
<ol class="phases">{{#PHASES}}<li{{#CURRENT}} aria-current="step" class="current"{{/CURRENT}}>{{LABEL}}</li>{{/PHASES}}</ol>
{{#NEXT_STEP}}
<p>Next step: <strong>{{ACTION}}</strong> (to “{{NEXT}}”).{{#READY}} Everything it needs is in place.{{/READY}}</p>
<ul class="missing">{{#MISSING}}<li>Missing: {{TEXT}}</li>{{/MISSING}}</ul>
{{#CAN_STEP}}<form method="post" action="/manage/editions/{{NUMBER}}/phase">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <input type="hidden" name="from" value="{{FROM_VALUE}}">
  <button type="submit">{{ACTION}}…</button>
</form>{{/CAN_STEP}}
{{/NEXT_STEP}}
</section>
<dl class="facts">
  <dt>Dates</dt><dd>{{DATES}}</dd>
  <dt>Place</dt><dd>{{PLACE}}</dd>
  <dt>Time zone</dt><dd>{{TIME_ZONE}}</dd>
  {{#DEADLINE}}<dt>Registration deadline</dt><dd>{{WHEN}}</dd>{{/DEADLINE}}
</dl>
{{#FREED_PLACES}}<p class="notice" role="status">{{FREED_COUNT}} place(s) given up after acceptance are free. <a href="/manage/editions/{{NUMBER}}/selection/replacements">See the suggested replacement from the waiting list</a>.</p>{{/FREED_PLACES}}
{{#MAIL_ATTENTION}}<div class="error-summary" role="status">
  <h2>Mail needs attention</h2>
  <p>{{#FAILED}}{{COUNT}} message(s) failed. {{/FAILED}}{{#STUCK}}{{COUNT}} message(s) are stuck. {{/STUCK}}<a href="/manage/editions/{{NUMBER}}/outbox?status=attention">See them in the outbox</a>.</p>
</div>{{/MAIL_ATTENTION}}
<nav aria-labelledby="pages-heading">
<h2 id="pages-heading">Pages of this edition</h2>
<ul class="page-list">
  <li><a href="/editions/{{NUMBER}}">Public page</a></li>
  {{#CAN_EDIT}}<li><a href="/manage/editions/{{NUMBER}}/edit">Edit the edition</a></li>{{/CAN_EDIT}}
  <li><a href="/manage/editions/{{NUMBER}}/programme">Programme</a></li>
  {{#SECRETARIAT}}<li><a href="/manage/editions/{{NUMBER}}/invitations">Invitations</a></li>
  <li><a href="/manage/editions/{{NUMBER}}/nominations">Nominations by partners</a></li>{{/SECRETARIAT}}
  <li><a href="/manage/editions/{{NUMBER}}/applications">Applications</a></li>
  <li><a href="/manage/editions/{{NUMBER}}/selection">Selection</a></li>
  <li><a href="/manage/editions/{{NUMBER}}/selection/replacements">Places given up and the waiting list</a></li>
  <li><a href="/manage/editions/{{NUMBER}}/assignment">Working-group assignment</a></li>
  <li><a href="/manage/editions/{{NUMBER}}/roles">Roles</a></li>
  {{#SECRETARIAT}}<li><a href="/manage/editions/{{NUMBER}}/outbox">Outbox</a> ({{SENT}} sent, {{QUEUED}} waiting, {{FAILED_COUNT}} failed)</li>
  <li><a href="/manage/editions/{{NUMBER}}/erasures">Erasure requests</a></li>{{/SECRETARIAT}}
</ul>
</nav>
<h2>Working groups</h2>
<ul>{{#GROUPS}}<li>{{NAME}} ({{MIN}}–{{MAX}} participants)</li>{{/GROUPS}}</ul>
<h2 id="paper">Background paper</h2>
{{#PAPER}}<p>{{FILENAME}}, {{KB}} KB, uploaded {{UPLOADED}}. <a href="/editions/{{NUMBER}}/background-paper">Download</a></p>{{/PAPER}}
{{#CAN_EDIT}}
<form method="post" action="/manage/editions/{{NUMBER}}/background-paper" enctype="multipart/form-data" class="stack">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <div class="field">
    <label for="paper-file">Upload the background paper (PDF, at most {{MAX_MB}} MB)</label>
    {{#UPLOAD_ERROR}}<p class="field-error" id="paper-file-error" role="alert">{{MESSAGE}}</p>{{/UPLOAD_ERROR}}
    <input id="paper-file" name="paper" type="file" accept="application/pdf"{{#UPLOAD_ERROR}} aria-invalid="true" aria-describedby="paper-file-error" autofocus{{/UPLOAD_ERROR}}>
  </div>
  <button type="submit">Upload</button>
</form>
{{/CAN_EDIT}}


{{%AUTOESCAPE context="HTML"}}
<p class="kicker"><a href="/editions/{{NUMBER}}">{{ORDINAL}} edition</a></p>
<h1>Your page: {{TITLE}}</h1>
<p>{{DATES}}, {{PLACE}}.</p>
{{#NO_REGISTRATION}}<p>You have no registration for this edition yet. To register, use the link in your invitation e-mail; if you cannot find it, write to the secretariat.</p>{{/NO_REGISTRATION}}
{{#REGISTRATION}}
{{#WITHDRAWN_NOW}}<p class="notice" role="status">Your place is released. We have sent you an e-mail that confirms it.</p>{{/WITHDRAWN_NOW}}
{{#ERASURE_CONFIRMED}}<p class="notice" role="status">Your request is recorded and the secretariat has been told. They will erase your personal data and close your account; you will not be able to sign in afterwards.</p>{{/ERASURE_CONFIRMED}}
<h2>Your registration</h2>
<dl class="facts">
  <dt>Name</dt><dd>{{NAME}}</dd>
  <dt>Status</dt><dd>{{STATUS}}. {{STATUS_EXPLAINED}}</dd>
  {{#GROUP}}<dt>Working group</dt><dd>{{NAME}}</dd>{{/GROUP}}
</dl>
{{#EDITABLE}}<p><a class="button" href="/editions/{{NUMBER}}/registration">Change my registration</a> (until {{DEADLINE}})</p>{{/EDITABLE}}
{{#CLOSED}}<p><a href="/editions/{{NUMBER}}/registration">See my registration</a>. Registration closed on {{DEADLINE}}; write to the secretariat to change it.</p>{{/CLOSED}}
{{#CAN_WITHDRAW}}<p>Cannot come after all? <a href="/editions/{{NUMBER}}/me/withdrawal">Give up my place</a> so that someone on the waiting list can take it.</p>{{/CAN_WITHDRAW}}
{{/REGISTRATION}}
<h2>The seminar</h2>
<ul>
  {{#PAPER}}<li><a href="/editions/{{NUMBER}}/background-paper">The background paper</a> (PDF)</li>{{/PAPER}}
  <li><a href="/editions/{{NUMBER}}/programme">The programme</a></li>
  {{#FOLLOWS}}<li><a href="/editions/{{NUMBER}}/my-programme">My programme</a>, with the links to join online sessions</li>{{/FOLLOWS}}
</ul>
{{#NOT_FOLLOWING}}<p>The background paper, your own programme and the links to join online sessions are for accepted participants.</p>{{/NOT_FOLLOWING}}
<h2>Your data</h2>
<p><a href="/editions/{{NUMBER}}/me/data.json">Download my data</a> (JSON: everything we keep about you for this edition). The <a href="/privacy">privacy notice</a> says what we keep and why.</p>
{{#REGISTRATION}}
{{#ERASURE_REQUESTED}}<p>You asked for your personal data to be erased on {{WHEN}}. The secretariat will complete it.</p>{{/ERASURE_REQUESTED}}
{{#ERASURE_FORM}}
<form method="post" action="/editions/{{NUMBER}}/me/erasure">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <p>You may ask for your personal data to be erased: your registration is anonymised and your account closed.</p>
  <button type="submit" class="secondary">Ask for erasure</button>
</form>
{{/ERASURE_FORM}}
{{/REGISTRATION}}

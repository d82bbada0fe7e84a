{{%AUTOESCAPE context="HTML"}}
<h1>{{NAME}}</h1>
<p>Signed in as {{EMAIL}}.</p>
{{#SAVED}}<p class="notice" role="status">Saved.</p>{{/SAVED}}
<h2 id="next-heading">What to do next</h2>
{{#NOTHING_NEXT}}<p>Nothing to do for now.</p>{{/NOTHING_NEXT}}
{{#NEXT_EDITION}}<section aria-label="What to do next: {{EDITION}}">
<h3>{{EDITION}}</h3>
<ul class="next-steps">{{#STEP}}<li>{{TEXT}} <a href="{{URL}}">{{LINK}}</a></li>{{/STEP}}</ul>
</section>{{/NEXT_EDITION}}
<h2>Your roles</h2>
{{#NO_ROLES}}<p>You have no role yet. The secretariat gives roles when you are invited or nominated.</p>{{/NO_ROLES}}
<ul>{{#ROLES}}<li>{{ROLE}} – {{SCOPE}}{{#PARTNER_LINK}} (<a href="/manage/partners/{{ID}}">partner page</a>){{/PARTNER_LINK}}{{#PARTICIPANT_LINK}} (<a href="/editions/{{NUMBER}}/me">your registration and page</a>){{/PARTICIPANT_LINK}}{{#GROUP_LINK}}: <a href="/editions/{{NUMBER}}/groups/{{ID}}">open the group's space</a>{{/GROUP_LINK}}</li>{{/ROLES}}</ul>
<h2 id="time-zone">Your time zone</h2>
<p>Programme times are shown in the edition's time zone and, once you set yours, in yours too.</p>
<form method="post" action="/me/time-zone" class="stack">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <div class="field">
    <label for="time_zone">Time zone (IANA name, e.g. Europe/Copenhagen)</label>
    {{#TIME_ZONE_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/TIME_ZONE_ERROR}}
    <input id="time_zone" name="time_zone" value="{{TIME_ZONE_VALUE}}"{{#TIME_ZONE_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/TIME_ZONE_ERROR}}>
  </div>
  <button type="submit">Save the time zone</button>
</form>
<h2>Password</h2>
<p>{{#HAS_PASSWORD}}You have a password. Set a new one here; your other browsers are then signed out.{{/HAS_PASSWORD}}{{#NO_PASSWORD}}You sign in with e-mailed links. You may also set a password.{{/NO_PASSWORD}}</p>
{{#FORGOT}}<p>Forgot your password? Sign out, ask for a sign-in link by e-mail on the sign-in page, and set a new one here within {{MINUTES}} minutes of using the link.</p>{{/FORGOT}}
{{#ERROR_SUMMARY}}
<div class="error-summary" role="alert" tabindex="-1">
  <h2>There is a problem</h2>
  <ul>{{#ERRORS}}<li><a href="#{{TARGET}}">{{MESSAGE}}</a></li>{{/ERRORS}}</ul>
</div>
{{/ERROR_SUMMARY}}
<form method="post" action="/me/password" class="stack">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  {{#CURRENT}}
  <div class="field">
    <label for="current">Your current password</label>
    {{#CURRENT_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/CURRENT_ERROR}}
    <input id="current" name="current" type="password" autocomplete="current-password"{{#CURRENT_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/CURRENT_ERROR}}>
  </div>
  {{/CURRENT}}
  <div class="field">
    <label for="password">New password (at least 12 characters)</label>
    {{#PASSWORD_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/PASSWORD_ERROR}}
    <input id="password" name="password" type="password" autocomplete="new-password"{{#PASSWORD_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/PASSWORD_ERROR}}>
  </div>
  <div class="field">
    <label for="confirm">The same password again</label>
    {{#CONFIRM_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/CONFIRM_ERROR}}
    <input id="confirm" name="confirm" type="password" autocomplete="new-password"{{#CONFIRM_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/CONFIRM_ERROR}}>
  </div>
  <button type="submit">Save the password</button>
</form>

{{%AUTOESCAPE context="HTML"}}
<h1>Sign in</h1>
{{#NOTICE}}<p class="notice" role="status">{{TEXT}}</p>{{/NOTICE}}
{{#ERROR_SUMMARY}}
<div class="error-summary" role="alert" tabindex="-1" autofocus>
  <h2>There is a problem</h2>
  <ul>{{#ERRORS}}<li><a href="#{{TARGET}}">{{MESSAGE}}</a></li>{{/ERRORS}}</ul>
</div>
{{/ERROR_SUMMARY}}
<form method="post" action="/sign-in" class="stack">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <input type="hidden" name="next" value="{{NEXT}}">
  <div class="field">
    <label for="email">E-mail address</label>
    {{#EMAIL_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/EMAIL_ERROR}}
    <input id="email" name="email" type="email" autocomplete="username" value="{{EMAIL_VALUE}}"{{#EMAIL_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/EMAIL_ERROR}}>
  </div>
  <div class="field">
    <label for="password">Password</label>
    {{#PASSWORD_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/PASSWORD_ERROR}}
    <input id="password" name="password" type="password" autocomplete="current-password"{{#PASSWORD_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/PASSWORD_ERROR}}>
  </div>
  <button type="submit">Sign in</button>
</form>
<h2>No password? Get a link by e-mail</h2>
<form method="post" action="/sign-in/link/request" class="stack">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <div class="field">
    <label for="link_email">E-mail address</label>
    {{#LINK_EMAIL_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/LINK_EMAIL_ERROR}}
    <input id="link_email" name="link_email" type="email" autocomplete="email"{{#LINK_EMAIL_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/LINK_EMAIL_ERROR}}>
  </div>
  <button type="submit" class="secondary">E-mail me a sign-in link</button>
</form>

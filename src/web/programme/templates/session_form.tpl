{{%AUTOESCAPE context="HTML"}}
<p class="kicker"><a href="/manage/editions/{{NUMBER}}/programme">Programme</a></p>
<h1>Edit “{{SESSION_TITLE}}”</h1>
<form method="post" action="/manage/editions/{{NUMBER}}/programme/{{SESSION_ID}}" class="stack" novalidate>
  <input type="hidden" name="csrf" value="{{CSRF}}">
  {{>SESSION_FIELDS}}
  <button type="submit">Save the session</button>
</form>
<form method="post" action="/manage/editions/{{NUMBER}}/programme/{{SESSION_ID}}/delete">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <button type="submit" class="secondary">Remove this session</button>
</form>

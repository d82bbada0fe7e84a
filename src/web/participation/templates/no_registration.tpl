{{%AUTOESCAPE context="HTML"}}
<p class="kicker"><a href="/editions/{{NUMBER}}">{{ORDINAL}} edition</a></p>
<h1>Your registration: {{TITLE}}</h1>
<p>You have no registration for this edition yet. To register, use the link in your invitation e-mail; if you cannot find it, write to the secretariat.</p>
<ul>
  <li><a href="/editions/{{NUMBER}}/programme">The programme</a></li>
  <li><a href="/editions/{{NUMBER}}/me/data.json">Download my data</a> (JSON)</li>
</ul>

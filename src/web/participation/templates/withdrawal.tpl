{{%AUTOESCAPE context="HTML"}}
<p class="kicker"><a href="/editions/{{NUMBER}}/me">Your page: {{ORDINAL}} edition</a></p>
<h1>Give up your place</h1>
{{#NOTHING}}<p>You have no place at this edition to give up: only an accepted place or a place on the waiting list can be given up. <a href="/editions/{{NUMBER}}/me">Back to your page</a>.</p>{{/NOTHING}}
{{#HAS_PLACE}}
<p>You are {{STATUS}} for {{TITLE}} ({{DATES}}, {{PLACE}}). If you give up your place:</p>
<ul>
  <li>your place goes to someone on the waiting list;</li>
  <li>the background paper, your own programme, your private calendar and the links to join online sessions stop working for you{{#GROUP}}, and you leave the working group “{{NAME}}”{{/GROUP}};</li>
  <li>we send you an e-mail that confirms it.</li>
</ul>
<p>This cannot be undone here: to come back, you would have to write to the secretariat, and your place may have been given to someone else.</p>
<form method="post" action="/editions/{{NUMBER}}/me/withdrawal" novalidate>
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <div class="field"><label for="reason">Why you cannot come (optional; only the secretariat reads it)</label>
    <textarea id="reason" name="reason" rows="3" maxlength="1000"></textarea></div>
  <p><button type="submit" class="danger">Yes, give up my place</button> <a href="/editions/{{NUMBER}}/me">No, keep my place</a></p>
</form>
{{/HAS_PLACE}}

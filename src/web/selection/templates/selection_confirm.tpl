{{%AUTOESCAPE context="HTML"}}
<p class="kicker"><a href="/manage/editions/{{NUMBER}}/selection?run={{JOB_ID}}">Selection run {{JOB_ID}}</a></p>
<h1>Apply the selection?</h1>
<p>{{ACCEPTED}} people will be proposed for acceptance and {{WAITLISTED}} for the waiting list, as draft decisions. Nobody is written to yet: the steering committee approves the list, then the secretariat releases the decisions, which sends the e-mails. Declined and withdrawn registrations stay as they are.</p>
<form method="post" action="/manage/editions/{{NUMBER}}/selection/apply">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <input type="hidden" name="run" value="{{JOB_ID}}">
  <input type="hidden" name="confirm" value="yes">
  <button type="submit">Yes, apply as draft decisions</button>
  <a href="/manage/editions/{{NUMBER}}/selection?run={{JOB_ID}}">Cancel</a>
</form>

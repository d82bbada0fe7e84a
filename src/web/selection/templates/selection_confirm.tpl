{{%AUTOESCAPE context="HTML"}}
<p class="kicker"><a href="/manage/editions/{{NUMBER}}/selection?run={{JOB_ID}}">Selection run {{JOB_ID}}</a></p>
<h1>Apply the selection?</h1>
<p>{{ACCEPTED}} people will be accepted and {{WAITLISTED}} put on the waiting list. Each of them is sent an e-mail that tells them. Declined registrations stay declined; people whose status does not change get no e-mail.</p>
<form method="post" action="/manage/editions/{{NUMBER}}/selection/apply">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <input type="hidden" name="run" value="{{JOB_ID}}">
  <input type="hidden" name="confirm" value="yes">
  <button type="submit">Yes, apply and send the e-mails</button>
  <a href="/manage/editions/{{NUMBER}}/selection?run={{JOB_ID}}">Cancel</a>
</form>

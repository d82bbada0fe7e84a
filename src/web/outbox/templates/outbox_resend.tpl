{{%AUTOESCAPE context="HTML"}}
<p class="kicker"><a href="/manage/editions/{{NUMBER}}/outbox">Outbox of the {{ORDINAL}} edition</a></p>
<h1>Send the failed messages again</h1>
{{#NONE}}<p>No message has failed. <a href="/manage/editions/{{NUMBER}}/outbox">Back to the outbox</a>.</p>{{/NONE}}
{{#SOME}}
<p>{{COUNT}} message(s) will be queued and sent again to the people below, each as it was written. Check first that the addresses are right: a message the server refused for an unknown mailbox will fail again.</p>
<div class="table-wrap" role="region" aria-labelledby="resend-caption" tabindex="0">
<table>
  <caption id="resend-caption">Messages to send again</caption>
  <thead><tr><th scope="col">Recipient</th><th scope="col">Kind</th><th scope="col">Server's last answer</th></tr></thead>
  <tbody>{{#MAILS}}<tr><td dir="auto">{{TO_NAME}} &lt;{{TO_ADDRESS}}&gt;</td><td>{{KIND}}</td><td>{{ANSWER}}</td></tr>
  {{/MAILS}}</tbody>
</table>
</div>
<form method="post" action="/manage/editions/{{NUMBER}}/outbox/resend-failed">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <input type="hidden" name="confirm" value="yes">
  <p><button type="submit">Send {{COUNT}} message(s) again</button> <a href="/manage/editions/{{NUMBER}}/outbox">Cancel</a></p>
</form>
{{/SOME}}

{{%AUTOESCAPE context="HTML"}}
<p class="kicker"><a href="/manage/editions/{{NUMBER}}">{{ORDINAL}} edition</a></p>
<h1>Outbox</h1>
{{#RESENT}}<p class="notice" role="status">{{COUNT}} message(s) queued to be sent again.</p>{{/RESENT}}
<p>Every message about this edition, newest first. The mail server's answer shows why a message failed; “Sent” counts only messages the server accepted.</p>
<ul class="actions" aria-label="Messages by status">
  <li>Waiting to be sent: <strong>{{QUEUED}}</strong></li>
  <li>Being sent: <strong>{{SENDING}}</strong></li>
  <li>Sent: <strong>{{SENT}}</strong></li>
  <li>Failed: <strong>{{FAILED}}</strong></li>
  <li>Stuck: <strong>{{STUCK}}</strong></li>
</ul>
{{#CAN_RESEND_ALL}}
<form method="post" action="/manage/editions/{{NUMBER}}/outbox/resend-failed">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <button type="submit" class="secondary">Send the {{FAILED}} failed message(s) again…</button>
</form>
{{/CAN_RESEND_ALL}}
<form method="get" action="/manage/editions/{{NUMBER}}/outbox" class="contact-row">
  <div class="field"><label for="status">Show</label>
    <select id="status" name="status">
      <option value="">All messages</option>
      <option value="attention"{{#ATTENTION_SELECTED}} selected{{/ATTENTION_SELECTED}}>Failed or stuck</option>
      {{#FILTERS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/FILTERS}}
    </select></div>
  <button type="submit" class="secondary">Show</button>
</form>
{{#NONE}}<p>No message to show.</p>{{/NONE}}
{{#HAS_ROWS}}<div class="table-wrap" role="region" aria-labelledby="outbox-caption" tabindex="0">
<table>
  <caption id="outbox-caption">{{SHOWN}} of {{TOTAL}} message(s)</caption>
  <thead><tr><th scope="col">Recipient</th><th scope="col">Kind</th><th scope="col">Subject</th><th scope="col">Status</th><th scope="col">Attempts</th><th scope="col">Server's last answer</th><th scope="col">Next try</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
  <tbody>
  {{#MAILS}}<tr id="mail-{{ID}}"><td dir="auto">{{TO_NAME}}<br><span class="tag">{{TO_ADDRESS}}</span></td><td>{{KIND}}</td><td dir="auto">{{SUBJECT}}</td>
    <td class="mail-{{STATUS_CLASS}}">{{STATUS}}{{#STUCK}} <strong>(stuck)</strong>{{/STUCK}}</td><td>{{ATTEMPTS}}</td><td>{{ANSWER}}</td><td>{{NEXT}}</td>
    <td>{{#CAN_RESEND}}<form method="post" action="/manage/editions/{{NUMBER}}/outbox/{{ID}}/resend" class="inline">
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <button type="submit" class="secondary">Send again<span class="visually-hidden"> to {{TO_ADDRESS}}</span></button></form>{{/CAN_RESEND}}</td></tr>
  {{/MAILS}}
  </tbody>
</table>
</div>{{/HAS_ROWS}}

/* Namjai staff console: live updates over Server-Sent Events, and sending chat
   messages without reloading. Every page also works without this script. */
(function () {
  "use strict";

  var body = document.body;
  var page = body.dataset.page;
  var caseId = body.dataset["case"];
  var reloadTimer = null;

  function reloadSoon() {
    if (reloadTimer === null) {
      reloadTimer = window.setTimeout(function () { window.location.reload(); }, 300);
    }
  }

  function typing() {
    var fields = document.querySelectorAll("textarea, input[type=text]");
    for (var i = 0; i < fields.length; i++) {
      if (fields[i].value !== fields[i].defaultValue) { return true; }
    }
    return false;
  }

  function setLive(text) {
    var live = document.getElementById("live");
    if (live) { live.textContent = text; }
  }

  var MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.",
                "ต.ค.", "พ.ย.", "ธ.ค."];

  function two(n) { return (n < 10 ? "0" : "") + n; }

  // "3 ธ.ค. 2569 เวลา 14:05 น." in Thai time, as the server writes it (dialogs/texts.py)
  function thaiTime(iso) {
    var ms = Date.parse(iso || "");
    if (isNaN(ms)) { ms = Date.now(); }
    var t = new Date(ms + 7 * 3600 * 1000);
    return t.getUTCDate() + " " + MONTHS[t.getUTCMonth()] + " " + (t.getUTCFullYear() + 543) +
      " เวลา " + two(t.getUTCHours()) + ":" + two(t.getUTCMinutes()) + " น.";
  }

  function appendMessage(ev) {
    var log = document.getElementById("transcript");
    if (!log) { return; }
    var kind = ev.direction === "in" ? "in" : (ev.origin === "staff" ? "staff" : "bot");
    var names = { "in": "ผู้ขอ", "staff": "เจ้าหน้าที่", "bot": "น้ำใจ (บอท)" };
    var item = document.createElement("li");
    item.className = "msg " + kind + " live";
    var who = document.createElement("span");
    who.className = "who";
    who.textContent = names[kind];
    var text = document.createElement("span");
    text.className = "text";
    text.textContent = ev.text || "";
    var time = document.createElement("time");
    time.dateTime = ev.at || "";
    time.textContent = thaiTime(ev.at);
    item.appendChild(who);
    item.appendChild(document.createTextNode(" "));
    item.appendChild(text);
    item.appendChild(document.createTextNode(" "));
    item.appendChild(time);
    log.appendChild(item);
    log.scrollTop = log.scrollHeight;
  }

  function onEvent(message) {
    var ev;
    try { ev = JSON.parse(message.data); } catch (e) { return; }
    if (page === "queue") {
      if (ev.type === "case") { reloadSoon(); }
      return;
    }
    if (ev.type === "message" && typeof ev.text === "string") {
      appendMessage(ev);
    } else if (ev.type === "case" && String(ev.case_id) === caseId) {
      if (typing()) {
        var error = document.getElementById("chat-error");
        if (error) { error.textContent = "เรื่องนี้มีการเปลี่ยนแปลง โหลดหน้าใหม่เพื่อดูล่าสุด"; }
      } else {
        reloadSoon();
      }
    }
  }

  function connect() {
    if (!window.EventSource || (page !== "queue" && page !== "case")) { return; }
    var url = "/api/events" + (page === "case" ? "?case=" + encodeURIComponent(caseId) : "");
    var source = new EventSource(url);
    source.onopen = function () { body.dataset.live = "on"; setLive("อัปเดตอัตโนมัติ: เชื่อมต่อแล้ว"); };
    source.onerror = function () { body.dataset.live = "off"; setLive("ขาดการเชื่อมต่อ กำลังลองใหม่"); };
    source.onmessage = onEvent;
    window.addEventListener("pagehide", function () { source.close(); });
  }

  function enhanceSend() {
    var form = document.querySelector("form.send");
    if (!form || !window.fetch) { return; }
    var input = form.querySelector("textarea");
    var error = document.getElementById("chat-error");
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var text = input.value.trim();
      if (!text) { return; }
      error.textContent = "";
      window.fetch("/api/conversations/" + encodeURIComponent(caseId) + "/messages", {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRF-Token": body.dataset.csrf },
        body: JSON.stringify({ text: text })
      }).then(function (response) {
        if (response.ok) {
          input.value = "";
          input.defaultValue = "";
          return null;
        }
        return response.json().then(function (data) {
          error.textContent = data.detail || "ส่งข้อความไม่สำเร็จ";
        });
      }).catch(function () {
        error.textContent = "ส่งข้อความไม่สำเร็จ ตรวจการเชื่อมต่อแล้วลองใหม่";
      });
    });
  }

  var transcript = document.getElementById("transcript");
  if (transcript) { transcript.scrollTop = transcript.scrollHeight; }
  if (page === "queue") {
    window.setInterval(function () { if (!typing()) { window.location.reload(); } }, 60000);
  }
  connect();
  enhanceSend();
}());

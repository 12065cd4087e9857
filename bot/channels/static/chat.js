// Namjai web chat: plain JavaScript, no framework, no build step.
// Every text from the server or the person is set with textContent, never parsed as HTML.
"use strict";

(function () {
  const SESSION_KEY = "namjai.session";
  const TRANSCRIPT_KEY = "namjai.transcript";
  const MAX_KEPT = 80; // messages kept for a reload of the same tab
  const TIMEOUT_MS = 30000;
  const RECONNECT_MS = 15000;
  const REF_RE = /NJ-[A-Z0-9]{6}/;
  const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
  const TEXT = {
    error: "ขอโทษค่ะ ส่งข้อความไม่สำเร็จ ตรวจสัญญาณอินเทอร์เน็ตแล้วกด \"ลองอีกครั้ง\" นะคะ " +
      "หรือโทร 1300 ได้ตลอด 24 ชั่วโมงค่ะ",
    retry: "ลองอีกครั้ง",
    typing: "น้ำใจกำลังพิมพ์",
    eligible: "เข้าเกณฑ์",
    notEligible: "ยังไม่เข้าเกณฑ์",
    result: "ผลตรวจสิทธิ์",
    caseRef: "เลขที่เรื่อง ",
  };

  const log = document.getElementById("log");
  const form = document.getElementById("composer");
  const input = document.getElementById("input");
  let typingNode = null;
  let chain = Promise.resolve();

  // -- storage ---------------------------------------------------------------

  function storage(kind) {
    try {
      const store = window[kind];
      store.setItem("namjai.probe", "1");
      store.removeItem("namjai.probe");
      return store;
    } catch (err) {
      return null; // private mode or storage disabled: keep going without it
    }
  }

  const local = storage("localStorage");
  const tab = storage("sessionStorage");

  function newSessionId() {
    if (window.crypto && typeof crypto.randomUUID === "function") {
      return crypto.randomUUID();
    }
    // randomUUID needs a secure context; build a version 4 UUID by hand otherwise
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
    return [h.slice(0, 8), h.slice(8, 12), h.slice(12, 16), h.slice(16, 20), h.slice(20)].join("-");
  }

  function sessionId() {
    let id = local && local.getItem(SESSION_KEY);
    if (!id || !UUID_RE.test(id)) {
      id = newSessionId();
      if (local) local.setItem(SESSION_KEY, id);
    }
    return id;
  }

  let session = sessionId();
  let events = null;
  const transcript = loadTranscript();

  function loadTranscript() {
    try {
      const kept = JSON.parse((tab && tab.getItem(TRANSCRIPT_KEY)) || "[]");
      return Array.isArray(kept) ? kept : [];
    } catch (err) {
      return [];
    }
  }

  // After "ลบข้อมูล" the server forgot the person: so does this browser, and a
  // new session starts.
  function forget() {
    transcript.length = 0;
    if (tab) tab.removeItem(TRANSCRIPT_KEY);
    if (local) local.removeItem(SESSION_KEY);
    session = sessionId();
    log.replaceChildren();
    listen();
  }

  function remember(entry) {
    transcript.push(entry);
    if (transcript.length > MAX_KEPT) transcript.splice(0, transcript.length - MAX_KEPT);
    if (tab) tab.setItem(TRANSCRIPT_KEY, JSON.stringify(transcript));
  }

  // -- rendering -------------------------------------------------------------

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function scrollDown() {
    log.scrollTop = log.scrollHeight;
  }

  // New replies are read from their first line: scroll to the bottom, but never
  // past the start of the first new message.
  function scrollToRead(first) {
    const bottom = log.scrollHeight - log.clientHeight;
    log.scrollTop = first ? Math.min(bottom, first.offsetTop - 12) : bottom;
  }

  function keepTypingLast() {
    if (typingNode) log.appendChild(typingNode);
  }

  function cleanReply(raw) {
    const reply = raw && typeof raw === "object" ? raw : {};
    const choices = Array.isArray(reply.choices) ? reply.choices : [];
    return {
      text: typeof reply.text === "string" ? reply.text : "",
      choices: choices.filter((c) => c && typeof c.label === "string" && typeof c.value === "string"),
      card: reply.card && typeof reply.card === "object" ? reply.card : null,
      staff: typeof reply.staff === "string" && reply.staff ? reply.staff : null,
    };
  }

  // text with a case reference shown large, so it can be read out on the phone
  function fillText(node, text) {
    const match = REF_RE.exec(text);
    if (!match) {
      node.textContent = text;
      return node;
    }
    node.append(text.slice(0, match.index), el("span", "ref", match[0]),
      text.slice(match.index + match[0].length));
    return node;
  }

  function resultCard(reply, ref) {
    const eligible = reply.card.eligible === true;
    const card = el("section", "card " + (eligible ? "eligible" : "not-eligible"));
    card.setAttribute("aria-label", TEXT.result);
    card.appendChild(el("span", "badge", eligible ? TEXT.eligible : TEXT.notEligible));
    card.appendChild(el("p", "text", reply.text));
    if (ref) {
      const line = el("p", "case", TEXT.caseRef);
      line.appendChild(el("span", "ref", ref));
      card.appendChild(line);
    }
    return card;
  }

  // a staff member's message: their name above it, another colour than the bot's
  function staffNode(reply) {
    const node = el("div", "bubble staff");
    node.appendChild(el("span", "who", reply.staff));
    node.appendChild(fillText(el("p", "text"), reply.text));
    return node;
  }

  function botNode(reply, ref) {
    if (reply.card && reply.card.type === "screening_result") return resultCard(reply, ref);
    if (reply.staff) return staffNode(reply);
    return fillText(el("p", "bubble bot"), reply.text);
  }

  function choiceButtons(choices) {
    const box = el("div", "choices");
    box.setAttribute("role", "group");
    for (const choice of choices) {
      const button = el("button", "", choice.label);
      button.type = "button";
      button.addEventListener("click", () => send({ choice: choice.value, text: choice.label },
        choice.label));
      box.appendChild(button);
    }
    return box;
  }

  function clearChoices() {
    log.querySelectorAll(".choices").forEach((node) => node.remove());
  }

  // Bot replies in order; the buttons of the last reply that has any go under
  // the last message. A batch without buttons keeps the ones already shown.
  function showReplies(rawReplies, keep) {
    const replies = rawReplies.map(cleanReply);
    const refMatch = replies.map((r) => REF_RE.exec(r.text)).find((m) => m);
    const ref = refMatch ? refMatch[0] : null;
    const shown = log.querySelector(".choices");
    let first = null;
    for (const reply of replies) {
      const node = log.appendChild(botNode(reply, ref));
      first = first || node;
      if (keep) remember({ who: "bot", reply: reply, ref: ref });
    }
    const withChoices = replies.filter((r) => r.choices.length).pop();
    if (withChoices) {
      clearChoices();
      log.appendChild(choiceButtons(withChoices.choices));
    } else if (shown) {
      log.appendChild(shown);
    }
    keepTypingLast();
    scrollToRead(first);
  }

  function showUser(text) {
    log.appendChild(el("p", "bubble user", text));
    remember({ who: "user", text: text });
    keepTypingLast();
    scrollDown();
  }

  function showError(payload) {
    log.appendChild(el("p", "bubble bot error", TEXT.error));
    clearChoices();
    const box = choiceButtons([]);
    const button = el("button", "", TEXT.retry);
    button.type = "button";
    button.addEventListener("click", () => {
      box.remove();
      send(payload, null);
    });
    box.appendChild(button);
    log.appendChild(box);
    scrollDown();
  }

  function showTyping(on) {
    if (on && !typingNode) {
      typingNode = el("div", "bubble bot typing");
      typingNode.setAttribute("role", "status");
      typingNode.append(el("span"), el("span"), el("span"), el("em", "sr-only", TEXT.typing));
      log.appendChild(typingNode);
      scrollDown();
    } else if (!on && typingNode) {
      typingNode.remove();
      typingNode = null;
    }
  }

  function restore() {
    for (const entry of transcript) {
      if (entry && entry.who === "user" && typeof entry.text === "string") {
        log.appendChild(el("p", "bubble user", entry.text));
      } else if (entry && entry.who === "bot") {
        log.appendChild(botNode(cleanReply(entry.reply), entry.ref || null));
      }
    }
    scrollDown();
  }

  // -- talking to the server -------------------------------------------------

  async function post(payload) {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), TIMEOUT_MS);
    try {
      const response = await fetch("/chat/api/messages", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(Object.assign({ session: session }, payload)),
        signal: abort.signal,
        credentials: "same-origin",
      });
      if (!response.ok) throw new Error("HTTP " + response.status);
      const body = await response.json();
      return {
        replies: Array.isArray(body.replies) ? body.replies : [],
        erased: body.erased === true,
      };
    } finally {
      clearTimeout(timer);
    }
  }

  async function turn(payload) {
    showTyping(true);
    try {
      const answer = await post(payload);
      showTyping(false);
      if (answer.erased) forget();
      showReplies(answer.replies, true);
    } catch (err) {
      showTyping(false);
      showError(payload);
    }
  }

  // One turn at a time, in the order the person sent them.
  function send(payload, echo) {
    clearChoices();
    if (echo) showUser(echo);
    chain = chain.then(() => turn(payload));
  }

  // Messages that come later (staff replies). The browser reconnects by itself
  // after a dropped connection; after an error status it gives up, so open anew.
  function listen() {
    if (!window.EventSource) return;
    if (events) events.close();
    const seen = new Set();
    const source = new EventSource("/chat/api/events?session=" + encodeURIComponent(session));
    events = source;
    source.addEventListener("error", () => {
      if (source.readyState === EventSource.CLOSED && events === source) {
        setTimeout(() => { if (events === source) listen(); }, RECONNECT_MS);
      }
    });
    source.addEventListener("message", (event) => {
      if (event.lastEventId) {
        if (seen.has(event.lastEventId)) return;
        seen.add(event.lastEventId);
      }
      try {
        showReplies([JSON.parse(event.data)], true);
      } catch (err) {
        // a malformed event is skipped; the next one still shows
      }
    });
  }

  // -- the input -------------------------------------------------------------

  function fitInput() {
    input.style.height = "auto";
    input.style.height = Math.min(input.scrollHeight + 4, 9 * 18) + "px";
  }

  function submit() {
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    fitInput();
    send({ text: text }, text);
    input.focus();
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submit();
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      submit();
    }
  });
  input.addEventListener("input", fitInput);

  restore();
  send({ start: true }, null);
  listen();
})();

// Keyboard shortcuts of the review app. Record view: a accept, c correct,
// r reject, e edit, Esc leave a field, j/k next/previous, u queue.
// Queue: j/k move the cursor, Enter or o opens the record.
(function () {
  "use strict";
  var body = document.body;
  function typing(el) {
    return el && (el.tagName === "INPUT" || el.tagName === "SELECT" || el.tagName === "TEXTAREA");
  }
  function go(url) { if (url) { window.location.href = url; } }
  function press(id) { var b = document.getElementById(id); if (b) { b.click(); } }

  function onRecord(ev) {
    if (typing(ev.target)) {
      if (ev.key === "Escape") { ev.target.blur(); ev.preventDefault(); }
      return;                       // Enter in a field submits "correct", the form's first button
    }
    switch (ev.key) {
      case "a": press("accept"); break;
      case "c": press("correct"); break;
      case "r": press("reject"); break;
      case "j": go(body.dataset.next); break;
      case "k": go(body.dataset.prev); break;
      case "u": go(body.dataset.back); break;
      case "e":
        var first = document.querySelector("#decision input[type=text], #decision select");
        if (first) { first.focus(); if (first.select) { first.select(); } }
        break;
      default: return;
    }
    ev.preventDefault();
  }

  var rows = [], at = -1;
  function move(step) {
    if (!rows.length) { return; }
    if (at >= 0) { rows[at].classList.remove("cursor"); }
    at = Math.max(0, Math.min(rows.length - 1, at + step));
    rows[at].classList.add("cursor");
    rows[at].scrollIntoView({block: "nearest"});
  }
  function onQueue(ev) {
    if (typing(ev.target)) { return; }
    if (ev.key === "j") { move(1); }
    else if (ev.key === "k") { move(-1); }
    else if ((ev.key === "Enter" || ev.key === "o") && at >= 0) {
      go(rows[at].querySelector("a.rec").getAttribute("href"));
    } else { return; }
    ev.preventDefault();
  }

  if (body.dataset.page === "record") {
    document.addEventListener("keydown", onRecord);
  } else if (body.dataset.page === "queue") {
    rows = Array.prototype.slice.call(document.querySelectorAll("table.queue tr[data-id]"));
    document.addEventListener("keydown", onQueue);
  }
}());

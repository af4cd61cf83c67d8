// Point entry for the inventory: +/- buttons and a live "points left" count. The page works
// without this script too; the server checks every answer and says what is wrong.
(function () {
  "use strict";
  var TOTAL = 10;

  function setup(root) {
    var sets = root.querySelectorAll ? root.querySelectorAll("[data-points]") : [];
    Array.prototype.forEach.call(sets, function (set) {
      if (set.dataset.ready) return;
      set.dataset.ready = "1";
      var inputs = set.querySelectorAll("input[type=number]");
      var left = set.querySelector("[data-points-left]");

      function update() {
        var sum = 0;
        var bad = false;
        Array.prototype.forEach.call(inputs, function (input) {
          var text = input.value.trim();
          if (text === "") return;
          if (!/^\d+$/.test(text)) { bad = true; return; }
          sum += parseInt(text, 10);
        });
        var remaining = TOTAL - sum;
        var message;
        if (bad) message = "Use whole numbers from 0 to 10.";
        else if (remaining === 0) message = "All 10 points given.";
        else if (remaining > 0) message = remaining + (remaining === 1 ? " point" : " points") + " left.";
        else message = "Over by " + (-remaining) + (remaining === -1 ? " point" : " points") + ": take some away.";
        left.textContent = message;
        left.classList.toggle("done", remaining === 0 && !bad);
        left.classList.toggle("over", remaining < 0 || bad);
      }

      Array.prototype.forEach.call(set.querySelectorAll("button[data-step]"), function (button) {
        button.hidden = false;
        button.addEventListener("click", function () {
          var input = document.getElementById(button.dataset.for);
          var value = parseInt(input.value || "0", 10);
          if (isNaN(value)) value = 0;
          value = Math.max(0, Math.min(TOTAL, value + parseInt(button.dataset.step, 10)));
          input.value = String(value);
          update();
        });
      });
      Array.prototype.forEach.call(inputs, function (input) {
        input.addEventListener("input", update);
      });
      update();
    });
  }

  function start() { setup(document); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
  document.addEventListener("htmx:load", function (event) { setup(event.detail.elt); });
  // After a step is swapped in, move focus to its heading so keyboard and screen-reader users
  // continue from the top of the new step.
  document.addEventListener("htmx:afterSettle", function () {
    var invalid = document.querySelector("#step [aria-invalid=true]");
    var heading = document.querySelector("#step [data-focus]");
    if (invalid) invalid.focus();
    else if (heading) heading.focus();
  });
})();

// On the 404 page: suggest the page nearest to the address asked for ("Did you mean …?").
// A convenience only: without JavaScript the page lists every page as a link.
(function () {
  var box = document.querySelector(".not-found");
  var out = document.querySelector(".did-you-mean");
  if (!box || !out) return;
  var pages = JSON.parse(box.getAttribute("data-pages") || "[]");
  var asked = decodeURIComponent(location.pathname).toLowerCase().replace(/\/+$/, "");
  function distance(a, b) {
    var row = [];
    for (var j = 0; j <= b.length; j++) row[j] = j;
    for (var i = 1; i <= a.length; i++) {
      var prev = row[0];
      row[0] = i;
      for (var k = 1; k <= b.length; k++) {
        var keep = row[k];
        row[k] = Math.min(row[k] + 1, row[k - 1] + 1, prev + (a[i - 1] === b[k - 1] ? 0 : 1));
        prev = keep;
      }
    }
    return row[b.length];
  }
  var best = null;
  pages.forEach(function (p) {
    var d = distance(asked, p);
    if (best === null || d < best.d) best = { p: p, d: d };
  });
  if (!best || best.d > Math.max(3, Math.floor(best.p.length / 4))) return;
  var a = document.createElement("a");
  a.href = best.p;
  a.textContent = best.p;
  out.append("Did you mean ", a, "?");
  out.hidden = false;
})();

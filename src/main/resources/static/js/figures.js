// Draws the public figures' chart from the table below it, which stays the figures' accessible
// form: registrations and recognitions by year.
document.addEventListener("DOMContentLoaded", function () {
  var table = document.getElementById("public-figures");
  if (!table || !window.dvkChart) {
    return;
  }
  var rtl = window.dvkRtl();
  var heads = Array.prototype.map.call(table.querySelectorAll("thead th"), function (th) {
    return th.textContent.trim();
  });
  var rows = Array.prototype.slice.call(table.querySelectorAll("tbody tr"));
  var number = function (cell) { return Number(cell.textContent.replace(/[^\d]/g, "")); };
  // registered, recognized at district level, proposed, recognized by the province
  var columns = [1, 5, 6, 7];
  window.dvkChart("chart-public-figures", {
    legend: {},
    xAxis: { type: "category", inverse: rtl, data: rows.map(function (r) { return r.cells[0].textContent.trim(); }) },
    yAxis: { type: "value", position: rtl ? "right" : "left" },
    series: columns.map(function (c) {
      return { name: heads[c], type: "bar", data: rows.map(function (r) { return number(r.cells[c]); }) };
    })
  });
});

// Small conveniences only; every page works without this script.
document.addEventListener("DOMContentLoaded", () => {
  for (const button of document.querySelectorAll("button.copy[data-copy]")) {
    button.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(button.dataset.copy);
        const label = button.textContent;
        button.textContent = button.dataset.done || "✓";
        setTimeout(() => { button.textContent = label; }, 1500);
      } catch (e) {
        const range = document.createRange();
        range.selectNodeContents(document.getElementById("resource-iri"));
        window.getSelection().removeAllRanges();
        window.getSelection().addRange(range);
      }
    });
  }
  // "/" jumps to the search box, as on many sites.
  document.addEventListener("keydown", (event) => {
    const target = event.target;
    if (event.key !== "/" || target.closest("input, textarea, [contenteditable]")) {
      return;
    }
    const box = document.querySelector(".search-big input, .search-small input");
    if (box) {
      event.preventDefault();
      box.focus();
    }
  });
});

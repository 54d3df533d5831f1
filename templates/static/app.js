// Progressive enhancement only: every page works without this script.
// Copy buttons: <button data-copy="ELEMENT-ID" data-copied="LABEL" hidden> copies the element's
// text and briefly shows LABEL. The button stays hidden where the clipboard is unavailable.
document.addEventListener("DOMContentLoaded", () => {
  if (!navigator.clipboard) return;
  for (const button of document.querySelectorAll("button[data-copy]")) {
    const source = document.getElementById(button.dataset.copy);
    if (!source) continue;
    const label = button.textContent;
    button.hidden = false;
    button.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(source.textContent.trim());
        button.textContent = button.dataset.copied;
        setTimeout(() => { button.textContent = label; }, 2000);
      } catch (_) {
        // Permission refused: the code stays selectable by hand.
      }
    });
  }
});

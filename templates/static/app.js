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

// Long form submissions (a large upload): disable the button and say what is happening. The
// words come from the form's data-busy attribute.
document.addEventListener("submit", (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.dataset.busy) return;
  const status = form.querySelector("[data-busy-status]");
  if (status) status.textContent = form.dataset.busy;
  for (const button of form.querySelectorAll("button[type=submit]")) {
    // Disabled after the submission has taken the button's value.
    setTimeout(() => { button.disabled = true; }, 0);
  }
});

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

// Security keys (WebAuthn): a form with data-webauthn="register" or "authenticate" asks its
// data-start URL (a POST with the form's fields, CSRF token included) for the ceremony's
// options, lets the browser talk to the key, then sends the key's answer as JSON in the
// form's "credential" field, as an ordinary form post. Binary fields travel as base64url.
// What it says comes from the form's data-unsupported, data-failed, data-touch and
// data-no-answer attributes, in the page's language (templates/admin/_webauthn_messages.html).
(() => {
  const toBytes = (text) => {
    const base64 = text.replace(/-/g, "+").replace(/_/g, "/");
    const padded = base64 + "=".repeat((4 - (base64.length % 4)) % 4);
    return Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
  };
  const toText = (buffer) => {
    const bytes = new Uint8Array(buffer);
    let binary = "";
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  };
  const withBytes = (list) => (list || []).map((c) => ({ ...c, id: toBytes(c.id) }));

  async function register(options) {
    const key = options.publicKey;
    key.challenge = toBytes(key.challenge);
    key.user.id = toBytes(key.user.id);
    key.excludeCredentials = withBytes(key.excludeCredentials);
    const made = await navigator.credentials.create({ publicKey: key });
    return {
      id: made.id,
      rawId: toText(made.rawId),
      type: made.type,
      extensions: made.getClientExtensionResults ? made.getClientExtensionResults() : {},
      response: {
        attestationObject: toText(made.response.attestationObject),
        clientDataJSON: toText(made.response.clientDataJSON),
        transports: made.response.getTransports ? made.response.getTransports() : undefined,
      },
    };
  }

  async function authenticate(options) {
    const key = options.publicKey;
    key.challenge = toBytes(key.challenge);
    key.allowCredentials = withBytes(key.allowCredentials);
    const got = await navigator.credentials.get({ publicKey: key });
    return {
      id: got.id,
      rawId: toText(got.rawId),
      type: got.type,
      extensions: got.getClientExtensionResults ? got.getClientExtensionResults() : {},
      response: {
        authenticatorData: toText(got.response.authenticatorData),
        clientDataJSON: toText(got.response.clientDataJSON),
        signature: toText(got.response.signature),
        userHandle: got.response.userHandle ? toText(got.response.userHandle) : null,
      },
    };
  }

  document.addEventListener("submit", async (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.dataset.webauthn) return;
    const answer = form.querySelector("input[name=credential]");
    if (answer.value) return; // The answer is in: the form goes.
    event.preventDefault();
    const status = form.querySelector("[data-webauthn-status]");
    const say = (text) => { if (status) status.textContent = text; };
    if (!window.PublicKeyCredential) {
      say(form.dataset.unsupported);
      return;
    }
    try {
      const started = await fetch(form.dataset.start, {
        method: "POST",
        body: new URLSearchParams(new FormData(form)),
        credentials: "same-origin",
      });
      const options = await started.json();
      if (!started.ok) {
        say(options.error || form.dataset.failed);
        return;
      }
      say(form.dataset.touch);
      const credential = form.dataset.webauthn === "register" ? await register(options) : await authenticate(options);
      answer.value = JSON.stringify(credential);
      form.submit();
    } catch (_) {
      say(form.dataset.noAnswer);
    }
  });
})();

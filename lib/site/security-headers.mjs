// Response headers for every route; shared by next.config.mjs and the proxy's own responses.
// Next's prerendered pages carry inline scripts (the RSC payload), so script-src needs 'unsafe-inline'
// (nonces would make every page dynamic); 'unsafe-eval' is not needed in production and is not allowed.
const csp = (frameAncestors) =>
  [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");

const common = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
];

/** Headers for pages that must not be framed. */
export const SITE_HEADERS = [...common, { key: "Content-Security-Policy", value: csp("'none'") }, { key: "X-Frame-Options", value: "DENY" }];

/** Headers for /embed/…: the only pages other sites may frame. */
export const EMBED_HEADERS = [...common, { key: "Content-Security-Policy", value: csp("*") }];

import { EMBED_HEADERS, SITE_HEADERS } from "./lib/security-headers.mjs";

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  async headers() {
    return [
      { source: "/((?!embed/).*)", headers: SITE_HEADERS },
      { source: "/embed/:path*", headers: EMBED_HEADERS },
    ];
  },
};

export default nextConfig;

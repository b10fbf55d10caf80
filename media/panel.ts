// Webview script for the Matching reports panel.

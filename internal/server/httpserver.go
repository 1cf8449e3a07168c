package server

import (
	"log/slog"
	"net/http"
	"time"
)

// Limits of the HTTP server that NewHTTPServer returns.
const (
	// ReadHeaderTimeout bounds reading a request's headers, so that a
	// client cannot hold a connection open by sending them slowly.
	ReadHeaderTimeout = 10 * time.Second
	// ReadTimeout bounds reading a whole request, body included.
	ReadTimeout = 30 * time.Second
	// WriteTimeout bounds the time from the end of the request headers to
	// the end of the response.
	WriteTimeout = 60 * time.Second
	// IdleTimeout closes a kept-alive connection without requests.
	IdleTimeout = 120 * time.Second
	// MaxHeaderBytes bounds the request line and headers; larger requests
	// are answered 431 Request Header Fields Too Large.
	MaxHeaderBytes = 64 << 10
	// ShutdownTimeout is how long a shutdown waits for requests in
	// flight.
	ShutdownTimeout = 20 * time.Second
)

// NewHTTPServer returns the HTTP server for h with Roster's timeouts and
// header limit; the server's own errors (TLS handshakes, malformed
// requests) go to log at level WARN.
func NewHTTPServer(h http.Handler, log *slog.Logger) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: ReadHeaderTimeout,
		ReadTimeout:       ReadTimeout,
		WriteTimeout:      WriteTimeout,
		IdleTimeout:       IdleTimeout,
		MaxHeaderBytes:    MaxHeaderBytes,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
}

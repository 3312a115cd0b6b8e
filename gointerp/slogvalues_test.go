package gointerp

import "testing"

// A session type's LogValue method is what log/slog logs (a redacted
// token, a user as a group), also from a later cell.
func TestSlogCallsLogValue(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `import ("log/slog"; "os")
type Secret string
func (Secret) LogValue() slog.Value { return slog.StringValue("[REDACTED]") }
type User struct {
	ID    int
	Token Secret
}
func (u User) LogValue() slog.Value { return slog.GroupValue(slog.Int("id", u.ID), slog.Any("token", u.Token)) }
var logger = slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {
	if a.Key == "time" {
		return slog.Attr{}
	}
	return a
}}))`)
	_, io := mustRun(t, in, `u := User{7, "tok"}
logger.Info("login", "user", u, "token", u.Token)`)
	want := `{"level":"INFO","msg":"login","user":{"id":7,"token":"[REDACTED]"},"token":"[REDACTED]"}` + "\n"
	if got := io.stream("stdout"); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

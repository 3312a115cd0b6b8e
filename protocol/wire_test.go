package protocol

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"encoding/json"
	"errors"
	"hash"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

func mustSigner(t testing.TB, scheme, key string) *Signer {
	t.Helper()
	s, err := NewSigner(scheme, []byte(key))
	if err != nil {
		t.Fatalf("NewSigner(%q): %v", scheme, err)
	}
	return s
}

func sampleMessage() *Message {
	return &Message{
		Identities: [][]byte{[]byte("id-1"), []byte("id-2")},
		Header:     NewHeader("execute_request", "sess-1", "alice"),
		Parent:     json.RawMessage(`{"msg_id":"p1","session":"s","username":"u","date":"2024-01-01T00:00:00.000000Z","msg_type":"kernel_info_request","version":"5.4"}`),
		Metadata:   map[string]any{"deletedCells": []any{}, "x": "y"},
		Content:    json.RawMessage(`{"code":"1+1","silent":false}`),
		Buffers:    [][]byte{[]byte("buf0"), {0, 1, 2, 255}},
	}
}

// delimIndex returns the index of the <IDS|MSG> frame.
func delimIndex(t testing.TB, frames [][]byte) int {
	t.Helper()
	for i, f := range frames {
		if string(f) == "<IDS|MSG>" {
			return i
		}
	}
	t.Fatalf("no delimiter in %q", frames)
	return -1
}

func cloneFrames(frames [][]byte) [][]byte {
	out := make([][]byte, len(frames))
	for i, f := range frames {
		out[i] = append([]byte(nil), f...)
	}
	return out
}

func TestEncodeDecodeRoundTrip(t *testing.T) {
	s := mustSigner(t, "hmac-sha256", "secret")
	m := sampleMessage()
	frames, err := s.Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	// Layout: ids, delimiter, sig, header, parent, metadata, content, buffers.
	if got, want := len(frames), 2+6+2; got != want {
		t.Fatalf("got %d frames, want %d", got, want)
	}
	if d := delimIndex(t, frames); d != 2 {
		t.Fatalf("delimiter at %d, want 2", d)
	}
	got, err := s.Decode(frames)
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	if len(got.Identities) != 2 || string(got.Identities[0]) != "id-1" || string(got.Identities[1]) != "id-2" {
		t.Errorf("identities = %q", got.Identities)
	}
	if got.Header != m.Header {
		t.Errorf("header = %+v, want %+v", got.Header, m.Header)
	}
	if !bytes.Equal(got.Parent, m.Parent) {
		t.Errorf("parent = %s, want %s", got.Parent, m.Parent)
	}
	if got.ParentHeader().MsgID != "p1" || got.ParentHeader().MsgType != "kernel_info_request" {
		t.Errorf("ParentHeader = %+v", got.ParentHeader())
	}
	if !bytes.Equal(got.Content, m.Content) {
		t.Errorf("content = %s, want %s", got.Content, m.Content)
	}
	if got.Metadata["x"] != "y" {
		t.Errorf("metadata = %v", got.Metadata)
	}
	if len(got.Buffers) != 2 || string(got.Buffers[0]) != "buf0" || !bytes.Equal(got.Buffers[1], []byte{0, 1, 2, 255}) {
		t.Errorf("buffers = %q", got.Buffers)
	}
	var c struct {
		Code   string `json:"code"`
		Silent bool   `json:"silent"`
	}
	if err := got.Decode(&c); err != nil || c.Code != "1+1" {
		t.Errorf("Decode content: %v %+v", err, c)
	}
	// Appending to decoded identities must not clobber the header frame.
	_ = append(got.Identities, []byte("extra"))
	again, err := s.Decode(frames)
	if err != nil || again.Header != m.Header {
		t.Errorf("frames were modified by appending to identities: %v", err)
	}
}

func TestEncodeDefaultsEmptyParts(t *testing.T) {
	s := mustSigner(t, "hmac-sha256", "k")
	m := &Message{Header: NewHeader("status", "s", "u")}
	frames, err := s.Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	if len(frames) != 6 {
		t.Fatalf("got %d frames, want 6 (no identities, no buffers)", len(frames))
	}
	for i, name := range []string{"parent", "metadata", "content"} {
		if string(frames[3+i]) != "{}" {
			t.Errorf("%s frame = %q, want {}", name, frames[3+i])
		}
	}
	got, err := s.Decode(frames)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Identities) != 0 || len(got.Buffers) != 0 {
		t.Errorf("identities %q buffers %q, want none", got.Identities, got.Buffers)
	}
	if string(got.Parent) != "{}" {
		t.Errorf("parent = %q, want {}", got.Parent)
	}
	if (got.ParentHeader() != Header{}) {
		t.Errorf("ParentHeader of {} = %+v, want zero", got.ParentHeader())
	}
	// Decode of empty content is a no-op.
	var v map[string]any
	if err := (&Message{}).Decode(&v); err != nil {
		t.Errorf("Decode of empty content: %v", err)
	}
}

func TestSignatureSchemes(t *testing.T) {
	for _, tc := range []struct {
		scheme string
		newH   func() hash.Hash
		hexLen int
	}{
		{"hmac-sha256", sha256.New, 64},
		{"", sha256.New, 64},
		{"hmac-sha512", sha512.New, 128},
	} {
		t.Run(tc.scheme, func(t *testing.T) {
			key := "0123-key"
			s := mustSigner(t, tc.scheme, key)
			frames, err := s.Encode(sampleMessage())
			if err != nil {
				t.Fatal(err)
			}
			d := delimIndex(t, frames)
			sig := frames[d+1]
			if len(sig) != tc.hexLen {
				t.Fatalf("signature length %d, want %d", len(sig), tc.hexLen)
			}
			mac := hmac.New(tc.newH, []byte(key))
			for _, f := range frames[d+2 : d+6] {
				mac.Write(f)
			}
			if want := hex.EncodeToString(mac.Sum(nil)); string(sig) != want {
				t.Fatalf("signature %s, want %s", sig, want)
			}
			if _, err := s.Decode(frames); err != nil {
				t.Fatalf("Decode of own message: %v", err)
			}
			// Tampering with any signed frame, or the signature, is rejected.
			for i, name := range map[int]string{d + 1: "signature", d + 2: "header", d + 3: "parent", d + 4: "metadata", d + 5: "content"} {
				bad := cloneFrames(frames)
				if name == "signature" {
					bad[i][0] ^= 1
				} else {
					bad[i] = append(bad[i][:len(bad[i])-1], ' ', '}')
				}
				if _, err := s.Decode(bad); !errors.Is(err, ErrBadSignature) {
					t.Errorf("tampered %s: err = %v, want ErrBadSignature", name, err)
				}
			}
			// Missing signature and a signature from another key.
			bad := cloneFrames(frames)
			bad[d+1] = nil
			if _, err := s.Decode(bad); !errors.Is(err, ErrBadSignature) {
				t.Errorf("empty signature: err = %v, want ErrBadSignature", err)
			}
			other := mustSigner(t, tc.scheme, "other-key")
			if _, err := other.Decode(frames); !errors.Is(err, ErrBadSignature) {
				t.Errorf("wrong key: err = %v, want ErrBadSignature", err)
			}
			// Extra buffers after content are not signed.
			extra := append(cloneFrames(frames), []byte("more"))
			if m, err := s.Decode(extra); err != nil || len(m.Buffers) != 3 {
				t.Errorf("extra buffer: %v", err)
			}
		})
	}
}

func TestUnsupportedScheme(t *testing.T) {
	if _, err := NewSigner("hmac-md5", []byte("k")); err == nil {
		t.Fatal("NewSigner(hmac-md5) succeeded")
	}
}

func TestEmptyKeyNoSignature(t *testing.T) {
	for _, key := range [][]byte{nil, {}} {
		s, err := NewSigner("hmac-sha256", key)
		if err != nil {
			t.Fatal(err)
		}
		frames, err := s.Encode(sampleMessage())
		if err != nil {
			t.Fatal(err)
		}
		d := delimIndex(t, frames)
		if len(frames[d+1]) != 0 {
			t.Errorf("signature with empty key = %q, want empty", frames[d+1])
		}
		if _, err := s.Decode(frames); err != nil {
			t.Errorf("Decode unsigned: %v", err)
		}
		// Any signature is accepted when no key is configured.
		frames[d+1] = []byte("whatever")
		if _, err := s.Decode(frames); err != nil {
			t.Errorf("Decode with arbitrary signature and empty key: %v", err)
		}
	}
	var nilSigner *Signer
	if sig := nilSigner.Sign([]byte("x")); sig != nil {
		t.Errorf("nil signer signed: %q", sig)
	}
}

func TestDecodeMalformed(t *testing.T) {
	s := mustSigner(t, "hmac-sha256", "key")
	signed := func(h, p, md, c string) [][]byte {
		return [][]byte{[]byte("id"), []byte("<IDS|MSG>"), s.Sign([]byte(h), []byte(p), []byte(md), []byte(c)), []byte(h), []byte(p), []byte(md), []byte(c)}
	}
	goodH := `{"msg_id":"1","session":"s","username":"u","date":"","msg_type":"execute_request","version":"5.4"}`
	for name, frames := range map[string][][]byte{
		"nil":               nil,
		"empty":             {},
		"no delimiter":      {[]byte("id"), []byte("sig"), []byte(goodH), []byte("{}"), []byte("{}"), []byte("{}")},
		"only delimiter":    {[]byte("<IDS|MSG>")},
		"too few frames":    signed(goodH, "{}", "{}", "{}")[:6],
		"bad JSON header":   signed(`{"msg_id":`, "{}", "{}", "{}"),
		"header not object": signed(`[1,2]`, "{}", "{}", "{}"),
		"header wrong type": signed(`{"msg_type":5}`, "{}", "{}", "{}"),
		"missing msg_type":  signed(`{"msg_id":"1","session":"s"}`, "{}", "{}", "{}"),
		"null header":       signed(`null`, "{}", "{}", "{}"),
		"bad metadata":      signed(goodH, "{}", "{", "{}"),
		"metadata array":    signed(goodH, "{}", "[]", "{}"),
		"bad content":       signed(goodH, "{}", "{}", "{nope"),
		"empty content":     signed(goodH, "{}", "{}", ""),
		"bad parent":        signed(goodH, "{x", "{}", "{}"),
	} {
		t.Run(name, func(t *testing.T) {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("Decode panicked: %v", r)
				}
			}()
			m, err := s.Decode(frames)
			if err == nil {
				t.Fatalf("Decode succeeded: %+v", m)
			}
			if m != nil {
				t.Errorf("Decode returned a message with error %v", err)
			}
		})
	}
	// The valid version of the same frames decodes.
	if _, err := s.Decode(signed(goodH, "{}", "{}", "{}")); err != nil {
		t.Fatalf("valid frames: %v", err)
	}
}

var isoMicro = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}(Z|[+-]\d{2}:\d{2})$`)

func TestNewHeader(t *testing.T) {
	before := time.Now().Add(-time.Second)
	h := NewHeader("kernel_info_reply", "sess", "bob")
	if h.Version != "5.4" || Version != "5.4" {
		t.Errorf("version = %q, want 5.4", h.Version)
	}
	if h.MsgType != "kernel_info_reply" || h.Session != "sess" || h.Username != "bob" {
		t.Errorf("header = %+v", h)
	}
	if h.MsgID == "" {
		t.Error("empty msg_id")
	}
	if h2 := NewHeader("x", "s", "u"); h2.MsgID == h.MsgID {
		t.Error("msg_id is not unique")
	}
	if !isoMicro.MatchString(h.Date) {
		t.Fatalf("date %q is not ISO 8601 with 6 fractional digits", h.Date)
	}
	d, err := time.Parse(time.RFC3339Nano, h.Date)
	if err != nil {
		t.Fatalf("date %q: %v", h.Date, err)
	}
	if d.Before(before) || d.After(time.Now().Add(time.Second)) {
		t.Errorf("date %v is not now", d)
	}
	// Every header in a reply also has the microsecond format.
	raw, _ := json.Marshal(h)
	if !strings.Contains(string(raw), `"version":"5.4"`) {
		t.Errorf("marshalled header lacks version: %s", raw)
	}
}

func TestReply(t *testing.T) {
	s := mustSigner(t, "hmac-sha256", "k")
	req := sampleMessage()
	frames, _ := s.Encode(req)
	parent, err := s.Decode(frames)
	if err != nil {
		t.Fatal(err)
	}
	r := Reply(parent, "execute_reply", "kernel-session", map[string]any{"status": "ok", "execution_count": 3})
	if len(r.Identities) != 2 || string(r.Identities[0]) != "id-1" || string(r.Identities[1]) != "id-2" {
		t.Errorf("reply identities = %q", r.Identities)
	}
	if r.Header.MsgType != "execute_reply" || r.Header.Session != "kernel-session" || r.Header.Username != "alice" || r.Header.Version != "5.4" {
		t.Errorf("reply header = %+v", r.Header)
	}
	if r.Header.MsgID == parent.Header.MsgID {
		t.Error("reply reuses the request msg_id")
	}
	if ph := r.ParentHeader(); ph != parent.Header {
		t.Errorf("parent header = %+v, want %+v", ph, parent.Header)
	}
	if r.Metadata == nil {
		t.Error("reply metadata is nil")
	}
	var c map[string]any
	if err := json.Unmarshal(r.Content, &c); err != nil || c["status"] != "ok" || c["execution_count"] != float64(3) {
		t.Errorf("content = %s (%v)", r.Content, err)
	}
	// The reply survives the wire.
	out, err := s.Encode(r)
	if err != nil {
		t.Fatal(err)
	}
	back, err := s.Decode(out)
	if err != nil {
		t.Fatal(err)
	}
	if back.ParentHeader() != parent.Header || string(back.Identities[0]) != "id-1" {
		t.Errorf("reply after round trip: %+v", back)
	}

	// Nil content becomes {}, an unknown user becomes "kernel".
	r2 := Reply(&Message{}, "status", "s", nil)
	if string(r2.Content) != "{}" || r2.Header.Username != "kernel" {
		t.Errorf("Reply(nil content) = %s, user %q", r2.Content, r2.Header.Username)
	}
	// Unmarshalable content is reported in-band rather than panicking.
	r3 := Reply(parent, "x", "s", map[string]any{"f": func() {}})
	if !json.Valid(r3.Content) || !strings.Contains(string(r3.Content), "MarshalError") {
		t.Errorf("unmarshalable content = %s", r3.Content)
	}
}

func writeConn(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "kernel-1.json")
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestReadConnectionFile(t *testing.T) {
	t.Run("tcp default", func(t *testing.T) {
		p := writeConn(t, `{"ip":"127.0.0.1","shell_port":5001,"control_port":5002,"stdin_port":5003,
			"iopub_port":5004,"hb_port":5005,"key":"abc","signature_scheme":"hmac-sha256","kernel_name":"go",
			"jupyter_session":"/x.ipynb","some_future_key":{"nested":[1,2]}}`)
		ci, err := ReadConnectionFile(p)
		if err != nil {
			t.Fatal(err)
		}
		want := ConnectionInfo{Transport: "tcp", IP: "127.0.0.1", ShellPort: 5001, ControlPort: 5002, StdinPort: 5003,
			IOPubPort: 5004, HBPort: 5005, Key: "abc", SignatureScheme: "hmac-sha256", KernelName: "go"}
		if *ci != want {
			t.Errorf("got %+v, want %+v", *ci, want)
		}
		if ep := ci.Endpoint(ci.ShellPort); ep != "tcp://127.0.0.1:5001" {
			t.Errorf("endpoint = %q", ep)
		}
	})
	t.Run("default ip", func(t *testing.T) {
		ci, err := ReadConnectionFile(writeConn(t, `{"transport":"tcp","shell_port":1}`))
		if err != nil {
			t.Fatal(err)
		}
		if ci.IP != "127.0.0.1" {
			t.Errorf("ip = %q", ci.IP)
		}
	})
	t.Run("ipc", func(t *testing.T) {
		ci, err := ReadConnectionFile(writeConn(t, `{"transport":"ipc","ip":"/tmp/kernel-abc","shell_port":1,"hb_port":5}`))
		if err != nil {
			t.Fatal(err)
		}
		if ci.Transport != "ipc" {
			t.Errorf("transport = %q", ci.Transport)
		}
		if ep := ci.Endpoint(ci.ShellPort); ep != "ipc:///tmp/kernel-abc-1" {
			t.Errorf("shell endpoint = %q", ep)
		}
		if ep := ci.Endpoint(ci.HBPort); ep != "ipc:///tmp/kernel-abc-5" {
			t.Errorf("hb endpoint = %q", ep)
		}
	})
	t.Run("bad transport", func(t *testing.T) {
		_, err := ReadConnectionFile(writeConn(t, `{"transport":"udp","ip":"127.0.0.1"}`))
		if err == nil || !strings.Contains(err.Error(), "udp") {
			t.Errorf("err = %v, want unsupported transport", err)
		}
	})
	t.Run("bad json", func(t *testing.T) {
		if _, err := ReadConnectionFile(writeConn(t, `{"transport":`)); err == nil {
			t.Error("no error for truncated JSON")
		}
	})
	t.Run("wrong field type", func(t *testing.T) {
		if _, err := ReadConnectionFile(writeConn(t, `{"shell_port":"5001"}`)); err == nil {
			t.Error("no error for string port")
		}
	})
	t.Run("missing file", func(t *testing.T) {
		if _, err := ReadConnectionFile(filepath.Join(t.TempDir(), "nope.json")); err == nil {
			t.Error("no error for missing file")
		}
	})
}

func TestChannelString(t *testing.T) {
	for ch, want := range map[Channel]string{Shell: "shell", Control: "control", Stdin: "stdin", IOPub: "iopub"} {
		if ch.String() != want {
			t.Errorf("%d.String() = %q, want %q", int(ch), ch.String(), want)
		}
	}
}

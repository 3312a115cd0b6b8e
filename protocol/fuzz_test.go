package protocol

import (
	"bytes"
	"testing"
)

// fuzzSep separates frames in a fuzz input. 0xff 0xfe is never valid UTF-8,
// so it cannot occur inside a valid JSON frame.
var fuzzSep = []byte{0xff, 0xfe}

func joinFrames(frames [][]byte) []byte { return bytes.Join(frames, fuzzSep) }

func splitFrames(data []byte) [][]byte {
	if len(data) == 0 {
		return nil
	}
	return bytes.Split(data, fuzzSep)
}

const fuzzKey = "fuzz-key"

// FuzzDecode feeds arbitrary frame sets to Signer.Decode. mode selects the
// signer: 0 no key, 1 keyed (frames as given, so mostly bad signatures),
// 2 keyed with the signature recomputed so the JSON decoding is explored.
// Decode must never panic, and whatever it accepts must survive a second
// Encode/Decode round trip unchanged.
func FuzzDecode(f *testing.F) {
	keyed, _ := NewSigner("hmac-sha256", []byte(fuzzKey))
	h := `{"msg_id":"a","session":"s","username":"u","date":"2024-01-02T03:04:05.000006Z","msg_type":"execute_request","version":"5.4"}`
	seed := func(frames ...string) []byte {
		bs := make([][]byte, len(frames))
		for i, s := range frames {
			bs[i] = []byte(s)
		}
		return joinFrames(bs)
	}
	valid := sampleMessage()
	for _, s := range []*Signer{keyed, mustSigner(f, "", "")} {
		frames, err := s.Encode(valid)
		if err != nil {
			f.Fatal(err)
		}
		for mode := uint8(0); mode < 3; mode++ {
			f.Add(joinFrames(frames), mode)
		}
	}
	for _, in := range [][]byte{
		seed("<IDS|MSG>", "", h, "{}", "{}", `{"code":"x"}`),
		seed("id", "<IDS|MSG>", "", h, "{}", "{}", "{}", "buf"),
		seed("<IDS|MSG>", "", h, "{}", "{}"),                      // too few frames
		seed("id", "", h, "{}", "{}", "{}"),                       // no delimiter
		seed("<IDS|MSG>", "", `{"msg_type":`, "{}", "{}", "{}"),   // bad header
		seed("<IDS|MSG>", "", `{"msg_id":"x"}`, "{}", "{}", "{}"), // no msg_type
		seed("<IDS|MSG>", "", h, "{", "{}", "{}"),                 // bad parent
		seed("<IDS|MSG>", "", h, "{}", "[1]", "{}"),               // bad metadata
		seed("<IDS|MSG>", "", h, "{}", "null", "{}"),              // null metadata
		seed("<IDS|MSG>", "", h, "{}", "{}", ""),                  // empty content
		seed("<IDS|MSG>", "deadbeef", h, "{}", "{}", "{}"),        // wrong signature
		seed("<IDS|MSG>", "<IDS|MSG>", h, "{}", "{}", "{}", "{}"), // doubled delimiter
		seed("<IDS|MSG>", "", `{"msg_type":"\ud800\u00e9","date":5}`, "{}", "{}", "{}"),
		seed("<IDS|MSG>", "", "{\"msg_type\":\"a\xffb\"}", "{}", "{}", "{}"), // invalid UTF-8
		{},
		[]byte("<IDS|MSG>"),
	} {
		for mode := uint8(0); mode < 3; mode++ {
			f.Add(in, mode)
		}
	}

	f.Fuzz(func(t *testing.T, data []byte, mode uint8) {
		s := keyed
		frames := splitFrames(data)
		switch mode % 3 {
		case 0:
			s = mustSigner(t, "hmac-sha256", "")
		case 2:
			// Re-sign the four JSON frames after the first delimiter.
			for i := range frames {
				if bytes.Equal(frames[i], delimiter) {
					if len(frames)-i >= 6 {
						frames[i+1] = keyed.Sign(frames[i+2 : i+6]...)
					}
					break
				}
			}
		}
		m, err := s.Decode(frames)
		if err != nil {
			if m != nil {
				t.Fatalf("Decode returned both a message and error %v", err)
			}
			return
		}
		if m.Header.MsgType == "" {
			t.Fatal("Decode accepted a header without msg_type")
		}
		out, err := s.Encode(m)
		if err != nil {
			t.Fatalf("re-encode of decoded message: %v", err)
		}
		m2, err := s.Decode(out)
		if err != nil {
			t.Fatalf("decode of re-encoded message: %v\nframes: %q", err, out)
		}
		if m2.Header != m.Header {
			t.Fatalf("header changed in round trip:\n%+v\n%+v", m.Header, m2.Header)
		}
		if len(m2.Identities) != len(m.Identities) || len(m2.Buffers) != len(m.Buffers) {
			t.Fatalf("identities/buffers changed: %d/%d -> %d/%d",
				len(m.Identities), len(m.Buffers), len(m2.Identities), len(m2.Buffers))
		}
		if !bytes.Equal(m2.Content, m.Content) || !bytes.Equal(m2.Parent, m.Parent) {
			t.Fatalf("content or parent changed:\n%s %s\n%s %s", m.Parent, m.Content, m2.Parent, m2.Content)
		}
	})
}

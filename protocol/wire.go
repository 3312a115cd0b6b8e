package protocol

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
)

// delimiter separates routing identities from the signed message frames.
var delimiter = []byte("<IDS|MSG>")

// ErrBadSignature is returned by Decode for a message whose HMAC does not
// match; such messages must be dropped without a reply.
var ErrBadSignature = errors.New("invalid message signature")

// Signer computes and checks message signatures for one connection key.
// A nil or empty key disables signing, as the protocol specifies.
type Signer struct {
	key  []byte
	newH func() hash.Hash
}

// NewSigner returns a Signer for scheme ("hmac-sha256" or "hmac-sha512").
func NewSigner(scheme string, key []byte) (*Signer, error) {
	s := &Signer{key: key}
	switch scheme {
	case "hmac-sha256", "":
		s.newH = sha256.New
	case "hmac-sha512":
		s.newH = sha512.New
	default:
		return nil, fmt.Errorf("unsupported signature scheme %q", scheme)
	}
	return s, nil
}

// Sign returns the hex signature of the four JSON frames.
func (s *Signer) Sign(frames ...[]byte) []byte {
	if s == nil || len(s.key) == 0 {
		return nil
	}
	mac := hmac.New(s.newH, s.key)
	for _, f := range frames {
		mac.Write(f)
	}
	sum := mac.Sum(nil)
	out := make([]byte, hex.EncodedLen(len(sum)))
	hex.Encode(out, sum)
	return out
}

func (s *Signer) verify(sig []byte, frames ...[]byte) bool {
	if s == nil || len(s.key) == 0 {
		return true
	}
	return hmac.Equal(sig, s.Sign(frames...))
}

// Decode parses wire frames into a Message, checking the signature over the
// JSON frames exactly as received.
func (s *Signer) Decode(frames [][]byte) (*Message, error) {
	i := 0
	for i < len(frames) && !bytes.Equal(frames[i], delimiter) {
		i++
	}
	if i == len(frames) {
		return nil, errors.New("no <IDS|MSG> delimiter")
	}
	if len(frames)-i < 6 {
		return nil, fmt.Errorf("message has %d frames after the delimiter, want at least 5", len(frames)-i-1)
	}
	sig, h, p, md, c := frames[i+1], frames[i+2], frames[i+3], frames[i+4], frames[i+5]
	if !s.verify(sig, h, p, md, c) {
		return nil, ErrBadSignature
	}
	m := &Message{Identities: frames[:i:i], Parent: json.RawMessage(p), Content: json.RawMessage(c)}
	if err := json.Unmarshal(h, &m.Header); err != nil {
		return nil, fmt.Errorf("decode header: %w", err)
	}
	if m.Header.MsgType == "" {
		return nil, errors.New("header has no msg_type")
	}
	if len(md) > 0 {
		if err := json.Unmarshal(md, &m.Metadata); err != nil {
			return nil, fmt.Errorf("decode metadata: %w", err)
		}
	}
	if !json.Valid(c) || !json.Valid(p) {
		return nil, errors.New("content or parent header is not valid JSON")
	}
	if len(frames) > i+6 {
		m.Buffers = frames[i+6:]
	}
	return m, nil
}

// Encode serialises m into wire frames (identities first), signed.
func (s *Signer) Encode(m *Message) ([][]byte, error) {
	h, err := json.Marshal(m.Header)
	if err != nil {
		return nil, fmt.Errorf("encode header: %w", err)
	}
	p := []byte(m.Parent)
	if len(p) == 0 {
		p = []byte("{}")
	}
	md := []byte("{}")
	if len(m.Metadata) > 0 {
		if md, err = json.Marshal(m.Metadata); err != nil {
			return nil, fmt.Errorf("encode metadata: %w", err)
		}
	}
	c := []byte(m.Content)
	if len(c) == 0 {
		c = []byte("{}")
	}
	frames := make([][]byte, 0, len(m.Identities)+6+len(m.Buffers))
	frames = append(frames, m.Identities...)
	frames = append(frames, delimiter, s.Sign(h, p, md, c), h, p, md, c)
	frames = append(frames, m.Buffers...)
	return frames, nil
}

// Package protocol implements the Jupyter messaging protocol's transport: the
// connection file, message framing and HMAC signing, and the ZeroMQ sockets.
// It knows nothing about executing code; the kernel core builds on it.
package protocol

import (
	"encoding/json"
	"time"

	"github.com/google/uuid"
)

// Version is the messaging protocol version this kernel speaks. Clients
// apply stricter schemas to 5.0/5.1 headers, so 5.4 is what we send.
const Version = "5.4"

// dateLayout has microsecond precision: jupyter_client rejects RFC3339Nano.
const dateLayout = "2006-01-02T15:04:05.000000Z07:00"

// Header is a message header (also used as parent_header).
type Header struct {
	MsgID    string `json:"msg_id"`
	Session  string `json:"session"`
	Username string `json:"username"`
	Date     string `json:"date"`
	MsgType  string `json:"msg_type"`
	Version  string `json:"version"`
}

// Message is one decoded Jupyter message. Parent is kept as raw JSON so an
// empty parent ({}) round-trips exactly; Content is decoded lazily by the
// handler that knows its shape.
type Message struct {
	Identities [][]byte
	Header     Header
	Parent     json.RawMessage
	Metadata   map[string]any
	Content    json.RawMessage
	Buffers    [][]byte
}

// ParentHeader decodes the parent header, returning a zero Header when the
// parent is empty.
func (m *Message) ParentHeader() Header {
	var h Header
	if len(m.Parent) > 0 {
		_ = json.Unmarshal(m.Parent, &h)
	}
	return h
}

// Decode unmarshals the content into v.
func (m *Message) Decode(v any) error {
	if len(m.Content) == 0 {
		return nil
	}
	return json.Unmarshal(m.Content, v)
}

// NewHeader makes a header for a message of msgType in session.
func NewHeader(msgType, session, username string) Header {
	return Header{
		MsgID:    uuid.NewString(),
		Session:  session,
		Username: username,
		Date:     time.Now().UTC().Format(dateLayout),
		MsgType:  msgType,
		Version:  Version,
	}
}

// Reply builds a message of msgType in reply to parent, with content. The
// identities are copied so the reply routes back to the requester.
func Reply(parent *Message, msgType, session string, content any) *Message {
	user := parent.Header.Username
	if user == "" {
		user = "kernel"
	}
	raw, _ := json.Marshal(parent.Header)
	return &Message{
		Identities: parent.Identities,
		Header:     NewHeader(msgType, session, user),
		Parent:     raw,
		Metadata:   map[string]any{},
		Content:    mustJSON(content),
	}
}

func mustJSON(v any) json.RawMessage {
	if v == nil {
		return json.RawMessage("{}")
	}
	b, err := json.Marshal(v)
	if err != nil {
		// Content is built by the kernel itself; an unmarshalable value is a
		// programming error, reported in-band rather than crashing.
		b, _ = json.Marshal(map[string]string{"status": "error", "ename": "MarshalError", "evalue": err.Error()})
	}
	return b
}

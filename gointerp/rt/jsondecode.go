package rt

import (
	"bytes"
	"encoding/json"
	"reflect"
)

// The options of a decoder that hooks decode for (JSONDecodeWith), and
// the order of an object's members.

// decoderOptions reads whether dec's UseNumber and DisallowUnknownFields
// were called, which the hooks' decoding keeps (json.Decoder does not
// export them).
func decoderOptions(dec *json.Decoder) (useNumber, strict bool) {
	d := reflect.ValueOf(dec).Elem().FieldByName("d")
	if !d.IsValid() || d.Kind() != reflect.Struct {
		return false, false
	}
	if f := d.FieldByName("useNumber"); f.IsValid() && f.Kind() == reflect.Bool {
		useNumber = f.Bool()
	}
	if f := d.FieldByName("disallowUnknownFields"); f.IsValid() && f.Kind() == reflect.Bool {
		strict = f.Bool()
	}
	return useNumber, strict
}

// unmarshal decodes raw, a whole JSON value, into p with r's options.
func (r hookReader) unmarshal(raw []byte, p any) error {
	if !r.useNumber && !r.strict {
		return json.Unmarshal(raw, p)
	}
	d := json.NewDecoder(bytes.NewReader(raw))
	if r.useNumber {
		d.UseNumber()
	}
	if r.strict {
		d.DisallowUnknownFields()
	}
	return d.Decode(p)
}

// rawMember is a key of a JSON object and its value.
type rawMember struct {
	key   string
	value json.RawMessage
}

// orderedMembers lists the members of raw, an object, in order.
func orderedMembers(raw []byte) ([]rawMember, error) {
	var members map[string]json.RawMessage
	if err := json.Unmarshal(raw, &members); err != nil {
		return nil, err // (json's own error, for what is no object)
	}
	d := json.NewDecoder(bytes.NewReader(raw))
	if _, err := d.Token(); err != nil {
		return nil, err
	}
	var out []rawMember
	for d.More() {
		t, err := d.Token()
		if err != nil {
			return nil, err
		}
		k, _ := t.(string)
		var v json.RawMessage
		if err := d.Decode(&v); err != nil {
			return nil, err
		}
		out = append(out, rawMember{k, v})
	}
	return out, nil
}

package rt

import (
	"encoding/json"
	"strings"
	"testing"
)

// decoderOptions finds the options in this Go's json.Decoder (it reads
// unexported fields: a new Go that renames them fails here).
func TestDecoderOptions(t *testing.T) {
	d := json.NewDecoder(strings.NewReader("{}"))
	if u, s := decoderOptions(d); u || s {
		t.Fatalf("fresh decoder: useNumber %v strict %v", u, s)
	}
	d.UseNumber()
	d.DisallowUnknownFields()
	if u, s := decoderOptions(d); !u || !s {
		t.Fatalf("after UseNumber and DisallowUnknownFields: useNumber %v strict %v", u, s)
	}
}

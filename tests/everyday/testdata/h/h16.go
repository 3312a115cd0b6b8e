// h16: decode base64/hex payloads embedded in audit log lines, verify checksums, hexdump.
package main

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"strings"
)

const audit = `2024-07-01T00:00:01Z upload id=u1 enc=b64 data=aGVsbG8sIHdvcmxkIQ== crc=58988d13
2024-07-01T00:00:02Z upload id=u2 enc=hex data=7b226f6b223a747275657d crc=a7d45f90
2024-07-01T00:00:03Z upload id=u3 enc=b64url data=PDw_Pz8-Pg crc=a5bdb455
2024-07-01T00:00:04Z upload id=u4 enc=b64 data=bm90IHZhbGlk!! crc=00000000
2024-07-01T00:00:05Z upload id=u5 enc=hex data=deadbeefcafe crc=d8f6b1b9
2024-07-01T00:00:06Z upload id=u6 enc=rot13 data=uryyb crc=00000000`

func fields(line string) map[string]string {
	m := map[string]string{}
	for f := range strings.FieldsSeq(line) {
		if k, v, ok := strings.Cut(f, "="); ok {
			m[k] = v
		}
	}
	return m
}

func decode(enc, data string) ([]byte, error) {
	switch enc {
	case "b64":
		return base64.StdEncoding.DecodeString(data)
	case "b64url":
		return base64.RawURLEncoding.DecodeString(data)
	case "hex":
		return hex.DecodeString(data)
	}
	return nil, fmt.Errorf("unsupported encoding %q", enc)
}

func printable(b []byte) bool {
	for _, c := range b {
		if c < 0x20 || c > 0x7e {
			return false
		}
	}
	return true
}

func main() {
	var all bytes.Buffer
	for line := range strings.Lines(audit) {
		f := fields(line)
		id := f["id"]
		raw, err := decode(f["enc"], f["data"])
		if err != nil {
			fmt.Printf("%s: decode error: %v\n", id, err)
			continue
		}
		got := fmt.Sprintf("%08x", crc32.ChecksumIEEE(raw))
		status := "OK"
		if got != f["crc"] {
			status = "MISMATCH (computed " + got + ")"
		}
		shown := fmt.Sprintf("%q", raw)
		if !printable(raw) {
			shown = "0x" + strings.ToUpper(hex.EncodeToString(raw))
		}
		fmt.Printf("%s: %-6s %2d bytes %-20s crc %s\n", id, f["enc"], len(raw), shown, status)
		all.Write(raw)
	}

	fmt.Println("\nhexdump of all decoded payloads:")
	fmt.Print(hex.Dump(all.Bytes()))

	// Re-encode under each scheme to show how the representations differ.
	sample := []byte("<<???>>")
	fmt.Println("\nencodings of", fmt.Sprintf("%q", sample))
	for _, e := range []struct {
		name string
		enc  *base64.Encoding
	}{
		{"std", base64.StdEncoding},
		{"raw-std", base64.RawStdEncoding},
		{"url", base64.URLEncoding},
		{"raw-url", base64.RawURLEncoding},
	} {
		fmt.Printf("  %-8s %s\n", e.name, e.enc.EncodeToString(sample))
	}
	fmt.Printf("  %-8s %s\n", "hex", hex.EncodeToString(sample))

	// Streaming encoder writing into a buffer, wrapped at 16 chars for transport.
	var enc bytes.Buffer
	w := base64.NewEncoder(base64.StdEncoding, &enc)
	w.Write(all.Bytes())
	w.Close()
	s := enc.String()
	fmt.Println("\nwrapped base64 of combined payload:")
	for len(s) > 16 {
		fmt.Println("  " + s[:16])
		s = s[16:]
	}
	fmt.Println("  " + s)
}

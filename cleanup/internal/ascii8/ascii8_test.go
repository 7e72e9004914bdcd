package ascii8

import "testing"

func TestLoadIsLittleEndian(t *testing.T) {
	if got := Load("xabcdefgh", 1); got != 0x6867666564636261 {
		t.Fatalf("Load = %#x", got)
	}
	if Load("plain tx", 0)&Highs != 0 {
		t.Fatal("ASCII word has a high bit")
	}
	if Load("Kyіv now", 0)&Highs == 0 {
		t.Fatal("non-ASCII byte not seen")
	}
}

#!/usr/bin/perl
# Reads one JSON string per line on standard input (a reply, as eval:replies holds it) and
# prints, one per line, the reason Sisimai 4.25 gives that text on its own:
# Sisimai::Reason->match, Sisimai's reader for an error message without the rest of a bounce
# (its remote-host tables need the bounce's host names, which a reply alone does not carry).
use strict;
use warnings;
use JSON::PP;
use Sisimai::Reason;

binmode STDIN, ':raw';
binmode STDOUT, ':raw';
my $json = JSON::PP->new->utf8->allow_nonref;
while ( my $line = <STDIN> ) {
    chomp $line;
    my $text = $json->decode($line);
    # Sisimai lower-cases and matches on characters; a reply is handed over as Perl characters.
    my $reason = Sisimai::Reason->match($text) || 'undefined';
    print $reason, "\n";
}

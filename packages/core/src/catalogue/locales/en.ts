import type { LocaleTexts } from "./locale-texts.js";

/**
 * English texts. Facts from RFC 5321, RFC 3463, the IANA registry and the RFCs it cites;
 * the wording is our own. One entry per block, in the order of the data files.
 */
export const en: LocaleTexts = {
  locale: "en",
  classes: {
    "2": { title: "Success", explanation: "The server did what was asked." },
    "3": {
      title: "Intermediate",
      explanation: "The server accepted the command and waits for more input, such as the message body.",
    },
    "4": {
      title: "Transient failure",
      explanation:
        "The request failed for now, but the condition is temporary: the same request may succeed later.",
    },
    "5": {
      title: "Permanent failure",
      explanation:
        "The request failed and will fail again unless the message, the address or the setup changes.",
    },
  },
  subjects: {
    "0": { title: "Other or undefined status", explanation: "No more specific information is available." },
    "1": { title: "Addressing status", explanation: "A problem with the sender's or recipient's address." },
    "2": { title: "Mailbox status", explanation: "A problem with the recipient's mailbox." },
    "3": { title: "Mail system status", explanation: "A problem with the receiving mail system." },
    "4": {
      title: "Network and routing status",
      explanation: "A problem with the network, DNS or routing between the mail systems.",
    },
    "5": {
      title: "Mail delivery protocol status",
      explanation: "A problem in the SMTP conversation itself: commands, syntax, sequence.",
    },
    "6": {
      title: "Message content or media status",
      explanation: "A problem with the content or format of the message.",
    },
    "7": {
      title: "Security or policy status",
      explanation: "A security or policy decision: authentication, encryption, reputation or local rules.",
    },
  },
  basic: {
    "101": {
      title: "Cannot connect (not an SMTP reply)",
      explanation:
        "Not an SMTP reply code: SMTP has no 1xx replies. Copied lists use it for a client that could not open a connection to the server.",
      advice: "Look at the client's own connection error (DNS, firewall, port) instead of this number.",
    },
    "111": {
      title: "Connection refused (not an SMTP reply)",
      explanation:
        "Not an SMTP reply code: SMTP has no 1xx replies. The number matches the Linux error ECONNREFUSED: nothing listened on the server's port.",
      advice: "Check the host name, port and firewall; retry later if the server is only down for a while.",
    },
    "200": {
      title: "Success (non-standard)",
      explanation:
        "An old non-standard success reply that RFC 821 mentions; modern servers send 250 instead.",
    },
    "211": { title: "System status", explanation: "System status or a reply to a request for help." },
    "214": { title: "Help message", explanation: "Help text meant for a human reading the session." },
    "220": {
      title: "Service ready",
      explanation: "The server greets the client and is ready; after STARTTLS it means: ready to start TLS.",
    },
    "221": {
      title: "Closing connection",
      explanation: "The server closes the connection, usually after QUIT.",
    },
    "235": { title: "Authentication succeeded", explanation: "The SMTP AUTH exchange succeeded." },
    "250": {
      title: "OK",
      explanation: "The requested action was completed; after the message data: the message was accepted.",
    },
    "251": {
      title: "User not local, will forward",
      explanation: "The recipient is not local, but the server accepts the message and forwards it.",
    },
    "252": {
      title: "Cannot verify, will try",
      explanation:
        "The server cannot verify the address (VRFY) but accepts the message and will try to deliver it.",
    },
    "253": {
      title: "Pending messages started (ETRN)",
      explanation: "ETRN: delivery of the queued messages for the node has started.",
    },
    "334": {
      title: "Authentication challenge",
      explanation:
        "During SMTP AUTH: the server sends a (base64) challenge and waits for the client's answer.",
    },
    "354": {
      title: "Start mail input",
      explanation: "The server waits for the message, ended by a line with a single dot.",
    },
    "355": {
      title: "Checkpoint offset (CHECKPOINT)",
      explanation:
        "Experimental CHECKPOINT extension: the server reports the offset from which to resume the transfer.",
    },
    "420": {
      title: "Timeout (non-standard)",
      explanation:
        "Not defined by any RFC. Some servers (for example old GroupWise gateways) use it for a read or write timeout on the connection.",
      advice: "Treat it as a temporary connection problem and retry later.",
    },
    "421": {
      title: "Service not available",
      explanation:
        "The server closes the connection: it is shutting down, overloaded, or refuses this client for now. Large providers also use it for throttling.",
      advice:
        "Retry later with backoff; if it persists, read the text: it often names a rate limit or a reputation problem.",
    },
    "422": {
      title: "Mailbox over quota (non-standard)",
      explanation:
        "No RFC defines 422 as a reply; the registry only associates it with X.7.12 (converting the stored credentials for an AUTH mechanism). Copied lists use it for 4.2.2, a full mailbox.",
      advice: "Read the enhanced code and the text; if the mailbox is full, retry later.",
    },
    "430": {
      title: "No defined meaning (non-standard)",
      explanation: "No RFC defines 430; the registry only lists it beside X.5.1 (invalid command).",
      advice: "Read the enhanced code and the text for the actual reason.",
    },
    "431": {
      title: "Out of disk space (non-standard)",
      explanation:
        "No RFC defines 431. Copied lists take it from the enhanced code 4.3.1: the receiving system is full.",
      advice: "Retry later; the receiving side has to free storage.",
    },
    "432": {
      title: "Password transition needed",
      explanation:
        "Standard (RFC 4954), a reply to AUTH: the server has to convert the stored credentials for the chosen mechanism (such as CRAM-MD5 or SCRAM) and needs the password itself once to do so, usually through one login with PLAIN over TLS. The password does not have to change. It does not mean 'queue stopped', as copied lists claim.",
      advice:
        "Log in once with PLAIN over TLS; after that the chosen mechanism works. If the client cannot, switch it to PLAIN over TLS.",
    },
    "441": {
      title: "Server not responding (non-standard)",
      explanation:
        "No RFC defines 441. Copied lists take it from the enhanced code 4.4.1: no answer from the host.",
      advice: "Retry later; check that the destination's mail servers are reachable.",
    },
    "442": {
      title: "Connection dropped (non-standard)",
      explanation:
        "No RFC defines 442. Copied lists take it from the enhanced code 4.4.2: the connection broke.",
      advice: "Retry later; a broken connection is usually temporary.",
    },
    "446": {
      title: "Hop count exceeded (non-standard)",
      explanation:
        "No RFC defines 446. Copied lists take it from the enhanced code 4.4.6: the message loops between servers.",
      advice: "The receiving side must fix its routing; tell its postmaster.",
    },
    "447": {
      title: "Delivery timed out (non-standard)",
      explanation:
        "No RFC defines 447. Copied lists take it from the enhanced code 4.4.7: delivery time expired.",
      advice: "Retry later; if the destination stays unreachable, check its DNS and mail servers.",
    },
    "449": {
      title: "Routing error (non-standard)",
      explanation:
        "No RFC defines 449, and X.4.9 is not registered either. Copied lists call it a Microsoft Exchange routing error.",
      advice: "Read the text; the receiving side has to fix its routing.",
    },
    "450": {
      title: "Mailbox unavailable (temporary)",
      explanation:
        "The action was not taken because the mailbox is unavailable for now: busy, locked, or temporarily blocked by policy. Greylisting servers use it too.",
      advice: "Retry later; a greylisting server accepts the retry after a few minutes.",
    },
    "451": {
      title: "Local error in processing",
      explanation:
        "The server aborted the action because of a local error, often a temporary failure of a lookup or a filter.",
      advice: "Retry later; if it persists, contact the receiving postmaster.",
    },
    "452": {
      title: "Insufficient system storage",
      explanation:
        "The server has no room for the message right now. RFC 5321 also uses 452 for 'too many recipients': send the rest in another transaction.",
      advice: "Retry later; for too many recipients, split them over several transactions.",
    },
    "453": {
      title: "No mail (ATRN)",
      explanation: "On-Demand Mail Relay (ATRN): there is no mail waiting for the client.",
      advice: "Nothing to fetch now; ask again later.",
    },
    "454": {
      title: "Temporary authentication or TLS failure",
      explanation: "AUTH or STARTTLS failed for a temporary reason on the server side.",
      advice:
        "Retry later; if it persists, the server's administrator must check the authentication or TLS setup.",
    },
    "455": {
      title: "Cannot accommodate parameters",
      explanation: "The server cannot handle the MAIL FROM or RCPT TO parameters right now.",
      advice: "Retry later or send without the optional parameters.",
    },
    "458": {
      title: "Unable to queue (ETRN)",
      explanation: "ETRN: the server cannot queue the messages for the node.",
      advice: "Retry the ETRN request later.",
    },
    "459": {
      title: "Node not allowed (ETRN)",
      explanation: "ETRN: the node may not request its queue.",
      advice: "Ask the server's administrator to allow ETRN for this node.",
    },
    "471": {
      title: "Local filter error (invalid code)",
      explanation:
        "Not a valid SMTP reply code: RFC 5321 allows only 0 to 5 as the second digit. Lists use it for 4.7.1, usually a spam filter of your own mail server.",
      advice: "Check your own outgoing mail server and its filters.",
    },
    "499": {
      title: "Cannot connect to MX (non-standard)",
      explanation:
        "No RFC defines 499. Some lists use it for a client that could reach none of the domain's mail servers.",
      advice: "Check the recipient domain's MX records and your network.",
    },
    "500": {
      title: "Command unrecognised",
      explanation: "Syntax error: the server did not recognise the command, or the line was too long.",
      advice:
        "The sending software sent something the server does not understand; check its SMTP implementation.",
    },
    "501": {
      title: "Syntax error in parameters",
      explanation: "The command was recognised but its arguments were not, for example a malformed address.",
      advice: "Check the addresses and parameters the application sends.",
    },
    "502": {
      title: "Command not implemented",
      explanation: "The server knows the command but does not implement it.",
      advice: "Use a command the server announces in its EHLO reply.",
    },
    "503": {
      title: "Bad sequence of commands",
      explanation:
        "The command came in the wrong order, for example DATA before any accepted recipient, or AUTH required first.",
      advice:
        "Check the session: often an earlier command (RCPT, AUTH) failed and the client went on anyway.",
    },
    "504": {
      title: "Parameter not implemented",
      explanation: "The server does not implement a parameter of the command, such as an AUTH mechanism.",
      advice: "Use a parameter or mechanism the server announces.",
    },
    "510": {
      title: "Bad address (non-standard)",
      explanation:
        "No RFC defines 510. Copied lists take it from the enhanced code 5.1.0: a problem with the address.",
      advice: "Check the recipient address.",
    },
    "511": {
      title: "Bad mailbox address (non-standard)",
      explanation:
        "No RFC defines 511; it is almost always the enhanced code 5.1.1 without its dots: the mailbox does not exist.",
      advice: "Check the address for typos; remove it from the list if it is correct but gone.",
    },
    "512": {
      title: "Domain not found (non-standard)",
      explanation:
        "No RFC defines 512. Copied lists take it from the enhanced code 5.1.2: the recipient's domain cannot be found.",
      advice: "Check the domain part of the address.",
    },
    "513": {
      title: "Bad address syntax (non-standard)",
      explanation:
        "No RFC defines 513. Copied lists take it from the enhanced code 5.1.3: the address syntax is wrong.",
      advice: "Fix the address syntax.",
    },
    "521": {
      title: "Host does not accept mail",
      explanation: "RFC 7504: this host does not accept mail at all.",
      advice: "Do not send to this host; check the domain's MX records and the address.",
    },
    "523": {
      title: "Encryption needed (non-standard)",
      explanation:
        "No RFC defines 523 as a reply; the registry only lists it beside X.7.10, encryption needed. Copied lists wrongly call it a size limit.",
      advice: "Use TLS when you send to this server.",
    },
    "524": {
      title: "Encryption required for mechanism (non-standard)",
      explanation:
        "No RFC defines 524 as a reply; the registry lists it beside X.7.11. RFC 4954 itself uses 538.",
      advice: "Start TLS before you authenticate with this mechanism.",
    },
    "525": {
      title: "User account disabled (non-standard)",
      explanation:
        "No RFC defines 525 as a reply; the registry lists it beside X.7.13, user account disabled.",
      advice: "The account must be enabled again by its administrator.",
    },
    "530": {
      title: "Authentication or TLS required",
      explanation:
        "The server requires SMTP AUTH (RFC 4954) or STARTTLS (RFC 3207) before it accepts this command.",
      advice: "Configure the client to use STARTTLS and to log in with valid credentials.",
    },
    "533": {
      title: "No defined meaning (non-standard)",
      explanation: "No RFC defines 533; the registry lists it beside X.7.1, delivery not authorised.",
      advice: "Read the enhanced code and the text for the actual reason.",
    },
    "534": {
      title: "Authentication mechanism too weak",
      explanation: "The server refuses the chosen AUTH mechanism as too weak.",
      advice: "Use a stronger mechanism, or start TLS first.",
    },
    "535": {
      title: "Authentication credentials invalid",
      explanation: "The user name or password (or token) was refused.",
      advice: "Check the credentials; some providers need an app password or OAuth2.",
    },
    "538": {
      title: "Encryption required for mechanism",
      explanation: "RFC 4954 (historical): the chosen AUTH mechanism needs an encrypted connection.",
      advice: "Start TLS before you authenticate.",
    },
    "541": {
      title: "Rejected by recipient (non-standard)",
      explanation:
        "No RFC defines 541. Copied lists use it for a message refused by the recipient's anti-spam filter.",
      advice: "Check the sender's reputation and the message content.",
    },
    "550": {
      title: "Mailbox unavailable",
      explanation:
        "The action was not taken: the mailbox does not exist, cannot be reached, or the server refuses it for policy reasons. The text and the enhanced code say which.",
      advice:
        "Read the enhanced code and the text: a missing mailbox means removing the address, a policy refusal means fixing the sending side.",
    },
    "551": {
      title: "User not local",
      explanation:
        "The recipient is not local to this server, and the server will not forward; it may name a new address.",
      advice: "Use the address the server names, or ask the recipient for the new one.",
    },
    "552": {
      title: "Exceeded storage allocation",
      explanation: "The message is too big for the server or the mailbox is over quota.",
      advice:
        "Send a smaller message (link large files instead of attaching them), or wait until the recipient frees space.",
    },
    "553": {
      title: "Mailbox name not allowed",
      explanation:
        "The address is not acceptable: wrong syntax, or a sender or recipient this server refuses.",
      advice: "Check the address syntax and whether the sender address is allowed on this server.",
    },
    "554": {
      title: "Transaction failed",
      explanation:
        "The transaction failed, often for policy or spam reasons; as a greeting it means: no SMTP service here.",
      advice: "Read the text: it usually names a blocklist, a spam verdict or a policy.",
    },
    "555": {
      title: "Parameters not recognised",
      explanation: "The server does not recognise or implement a MAIL FROM or RCPT TO parameter.",
      advice: "Send without the parameter, or only those the server announces.",
    },
    "556": {
      title: "Domain does not accept mail",
      explanation:
        "RFC 7504: the recipient's domain accepts no mail, typically because it publishes a null MX (RFC 7505).",
      advice: "Remove the address: mail to this domain can never be delivered.",
    },
  },
  enhanced: {
    "X.0.0": {
      title: "Other undefined status",
      explanation:
        "Only the class is known: the server gave no more specific reason. It does not mean 'address does not exist'.",
      advice: "Read the reply text; it carries the actual reason.",
    },
    "X.1.0": {
      title: "Other address status",
      explanation: "Something about an address (sender or recipient) is wrong, without more detail.",
      advice: "Check the sender and recipient addresses.",
    },
    "X.1.1": {
      title: "Bad destination mailbox address",
      explanation: "The mailbox does not exist at the destination: the local part (before the @) is unknown.",
      advice: "Check the address for typos; if it is right, remove it from your list.",
    },
    "X.1.2": {
      title: "Bad destination system address",
      explanation:
        "The destination system in the address (after the @) does not exist or cannot accept mail.",
      advice: "Check the domain part of the address.",
    },
    "X.1.3": {
      title: "Bad destination mailbox address syntax",
      explanation: "The recipient address is syntactically invalid.",
      advice: "Fix the address: look for spaces, missing parts or invalid characters.",
    },
    "X.1.4": {
      title: "Destination mailbox address ambiguous",
      explanation: "The address matches more than one mailbox at the destination.",
      advice: "Use a more specific address.",
    },
    "X.1.5": {
      title: "Destination address valid",
      explanation: "The recipient address is valid; used in success replies and positive delivery reports.",
    },
    "X.1.6": {
      title: "Mailbox has moved, no forwarding address",
      explanation: "The mailbox moved and the server has no forwarding address for it.",
      advice: "Ask the recipient for the new address and update your records.",
    },
    "X.1.7": {
      title: "Bad sender's mailbox address syntax",
      explanation: "The sender address (MAIL FROM) is syntactically invalid.",
      advice: "Fix the sender address the application uses.",
    },
    "X.1.8": {
      title: "Bad sender's system address",
      explanation: "The domain of the sender address does not exist or cannot receive replies.",
      advice: "Send from a domain that exists in DNS and accepts mail.",
    },
    "X.1.9": {
      title: "Message relayed to non-compliant mailer",
      explanation:
        "The address was valid, but the message was relayed to a system that does not support message tracking (MTRK, RFC 3885 and RFC 3886): nothing more can be learnt about its further path.",
    },
    "X.1.10": {
      title: "Recipient address has null MX",
      explanation: "The recipient's domain publishes a null MX (RFC 7505): it accepts no mail at all.",
      advice: "Remove the address: mail to this domain can never be delivered.",
    },
    "X.2.0": {
      title: "Other or undefined mailbox status",
      explanation: "Something is wrong with the recipient's mailbox, without more detail.",
      advice: "Read the text; retry later if the code is transient.",
    },
    "X.2.1": {
      title: "Mailbox disabled",
      explanation: "The mailbox exists but does not accept messages: it is disabled or suspended.",
      advice: "Stop sending to this address unless the recipient tells you it is active again.",
    },
    "X.2.2": {
      title: "Mailbox full",
      explanation: "The recipient's mailbox is over its storage quota.",
      advice: "Retry later; the recipient has to free space. Stop after repeated failures.",
    },
    "X.2.3": {
      title: "Message length exceeds administrative limit",
      explanation: "The message is larger than the mailbox's per-message limit.",
      advice: "Send a smaller message; link large files instead of attaching them.",
    },
    "X.2.4": {
      title: "Mailing list expansion problem",
      explanation: "The address is a mailing list that could not be expanded.",
      advice: "Tell the list's owner; the list configuration is broken.",
    },
    "X.3.0": {
      title: "Other or undefined mail system status",
      explanation: "The destination mail system has a problem, without more detail.",
      advice: "Read the text; retry later if the code is transient.",
    },
    "X.3.1": {
      title: "Mail system full",
      explanation: "The destination mail system is out of storage.",
      advice: "Retry later; the receiving administrator has to free storage.",
    },
    "X.3.2": {
      title: "System not accepting network messages",
      explanation:
        "The destination system does not accept mail from the network right now, for example during maintenance.",
      advice: "Retry later.",
    },
    "X.3.3": {
      title: "System not capable of selected features",
      explanation:
        "The message needs features (such as an SMTP extension) that the destination does not support.",
      advice: "Send without the feature the server lacks.",
    },
    "X.3.4": {
      title: "Message too big for system",
      explanation: "The message is larger than the destination system accepts.",
      advice: "Send a smaller message; link large files instead of attaching them.",
    },
    "X.3.5": {
      title: "System incorrectly configured",
      explanation: "The destination system is misconfigured and cannot deliver.",
      advice: "Tell the receiving postmaster.",
    },
    "X.3.6": {
      title: "Requested priority was changed",
      explanation: "The message was accepted, but with a different priority than requested (RFC 6710).",
    },
    "X.4.0": {
      title: "Other or undefined network or routing status",
      explanation: "A problem with the network or routing, without more detail.",
      advice: "Retry later; check DNS and reachability of the destination if it persists.",
    },
    "X.4.1": {
      title: "No answer from host",
      explanation: "The destination server did not answer the connection attempt.",
      advice: "Retry later; check that the destination's MX hosts are reachable.",
    },
    "X.4.2": {
      title: "Bad connection",
      explanation: "The connection to the destination broke or was unusable.",
      advice: "Retry later.",
    },
    "X.4.3": {
      title: "Directory server failure",
      explanation:
        "A directory server (such as DNS or LDAP) could not be reached or failed. It is not a 'routing server failure', as copied lists say.",
      advice: "Retry later; the system that did the lookup has to fix its directory access.",
    },
    "X.4.4": {
      title: "Unable to route",
      explanation:
        "No route to the destination was found, typically because DNS has no usable MX or address record.",
      advice: "Check the recipient domain's DNS records.",
    },
    "X.4.5": {
      title: "Mail system congestion",
      explanation: "The mail system is congested and delays delivery.",
      advice: "Retry later and send more slowly.",
    },
    "X.4.6": {
      title: "Routing loop detected",
      explanation: "The message went around in a loop between servers.",
      advice: "The receiving or relaying side must fix its routing; tell its postmaster.",
    },
    "X.4.7": {
      title: "Delivery time expired",
      explanation: "The message stayed in the queue too long and was given up.",
      advice: "Check why the destination was unreachable, then send again if still needed.",
    },
    "X.5.0": {
      title: "Other or undefined protocol status",
      explanation: "A problem in the SMTP conversation, without more detail.",
      advice: "Check the sending software's SMTP session.",
    },
    "X.5.1": {
      title: "Invalid command",
      explanation: "The command was invalid, out of sequence, or not supported.",
      advice: "Check the sending software: it sent a command the server refused.",
    },
    "X.5.2": {
      title: "Syntax error",
      explanation: "The server could not parse a command.",
      advice: "Check the sending software's commands and addresses.",
    },
    "X.5.3": {
      title: "Too many recipients",
      explanation: "The message has more recipients than the server accepts in one transaction.",
      advice: "Split the recipients over several transactions or messages.",
    },
    "X.5.4": {
      title: "Invalid command arguments",
      explanation: "A command had arguments the server does not accept.",
      advice: "Check the parameters the application sends.",
    },
    "X.5.5": {
      title: "Wrong protocol version",
      explanation: "The two sides speak incompatible protocol versions.",
      advice: "Check the client's SMTP implementation.",
    },
    "X.5.6": {
      title: "Authentication exchange line too long",
      explanation: "A line of the AUTH exchange was longer than the server accepts (RFC 4954).",
      advice: "Use a mechanism with shorter lines, or send the initial response separately.",
    },
    "X.6.0": {
      title: "Other or undefined media error",
      explanation: "A problem with the message content or format, without more detail.",
      advice: "Check the message format and content.",
    },
    "X.6.1": {
      title: "Media not supported",
      explanation: "The message contains a media type the destination does not support.",
      advice: "Send the content in another format.",
    },
    "X.6.2": {
      title: "Conversion required and prohibited",
      explanation: "The message must be converted for delivery, but the sender prohibited conversion.",
      advice: "Send the message in a format the destination accepts.",
    },
    "X.6.3": {
      title: "Conversion required but not supported",
      explanation: "The message must be converted for delivery, but no conversion is available.",
      advice: "Send the message in a format the destination accepts.",
    },
    "X.6.4": {
      title: "Conversion with loss performed",
      explanation:
        "The message was delivered after a conversion that lost data; a failure if the sender forbade that.",
      advice: "Send the content in a format that needs no conversion.",
    },
    "X.6.5": {
      title: "Conversion failed",
      explanation: "A conversion of the message failed.",
      advice: "Send the content in a simpler format; tell the receiving postmaster if it persists.",
    },
    "X.6.6": {
      title: "Message content not available",
      explanation: "The content the message refers to (BURL) could not be fetched.",
      advice: "Check the referenced content and its access rights.",
    },
    "X.6.7": {
      title: "Non-ASCII addresses not permitted",
      explanation: "An internationalised (non-ASCII) address cannot be used with this sender or recipient.",
      advice: "Use an ASCII address, or a server that supports SMTPUTF8.",
    },
    "X.6.8": {
      title: "UTF-8 reply required but not permitted",
      explanation: "The server would have to answer in UTF-8, but the client did not allow it (SMTPUTF8).",
      advice: "Enable SMTPUTF8 in the client, or use ASCII addresses.",
    },
    "X.6.9": {
      title: "UTF-8 header cannot be transferred",
      explanation: "The message has UTF-8 headers that a recipient's system cannot take, so it is rejected.",
      advice: "Send to this recipient without UTF-8 headers, or via a server that supports SMTPUTF8.",
    },
    "X.6.10": {
      title: "Duplicate of X.6.8",
      explanation: "Registered a second time by mistake; X.6.8 is the code to use.",
      advice: "Treat it as X.6.8: enable SMTPUTF8 or use ASCII addresses.",
    },
    "X.7.0": {
      title: "Other or undefined security status",
      explanation: "A security or policy problem, without more detail.",
      advice: "Read the text; it usually names the policy.",
    },
    "X.7.1": {
      title: "Delivery not authorised, message refused",
      explanation:
        "The sender is not allowed to send this message to this recipient: a policy, blocklist or relay refusal. The text says which.",
      advice:
        "Read the text: check blocklists, sender authentication and whether you may relay through this server.",
    },
    "X.7.2": {
      title: "Mailing list expansion prohibited",
      explanation: "The sender may not send to this mailing list.",
      advice: "Ask the list's owner for permission.",
    },
    "X.7.3": {
      title: "Security conversion required but not possible",
      explanation: "The message would need a security conversion that cannot be done.",
      advice: "Send without the security features the path cannot carry.",
    },
    "X.7.4": {
      title: "Security features not supported",
      explanation: "The message uses security features the destination does not support.",
      advice: "Send without those security features.",
    },
    "X.7.5": {
      title: "Cryptographic failure",
      explanation:
        "A cryptographic operation on the message failed, for example decryption or signature checking.",
      advice: "Check the keys and certificates used for the message.",
    },
    "X.7.6": {
      title: "Cryptographic algorithm not supported",
      explanation: "The message uses a cryptographic algorithm the destination does not support.",
      advice: "Use a widely supported algorithm.",
    },
    "X.7.7": {
      title: "Message integrity failure",
      explanation: "The message was changed in transit, or its integrity check failed.",
      advice: "Check signatures and anything that rewrites the message on the way.",
    },
    "X.7.8": {
      title: "Authentication credentials invalid",
      explanation:
        "The SMTP AUTH credentials were refused (RFC 4954). Older lists still call it 'trust relationship required'.",
      advice: "Check the user name and password; some providers need an app password or OAuth2.",
    },
    "X.7.9": {
      title: "Authentication mechanism too weak",
      explanation: "The chosen AUTH mechanism is too weak for this server.",
      advice: "Use a stronger mechanism, or start TLS first.",
    },
    "X.7.10": {
      title: "Encryption needed",
      explanation: "The server requires an encrypted connection for this.",
      advice: "Use STARTTLS or implicit TLS.",
    },
    "X.7.11": {
      title: "Encryption required for authentication mechanism",
      explanation: "The chosen AUTH mechanism is only allowed over an encrypted connection.",
      advice: "Start TLS before you authenticate.",
    },
    "X.7.12": {
      title: "Password transition needed",
      explanation:
        "The server has to convert the stored credentials for the chosen AUTH mechanism and needs the password itself once to do so, usually through one login with PLAIN over TLS (RFC 4954). The password does not have to change.",
      advice: "Log in once with PLAIN over TLS; after that the chosen mechanism works.",
    },
    "X.7.13": {
      title: "User account disabled",
      explanation: "The account is disabled and must be enabled by an administrator.",
      advice: "Contact the administrator of the account.",
    },
    "X.7.14": {
      title: "Trust relationship required",
      explanation:
        "The server needs a trust relationship with the client before it performs the action (BURL).",
      advice: "Set up the trust relationship with the server's administrator.",
    },
    "X.7.15": {
      title: "Priority level too low",
      explanation: "The message's priority is too low for the server to accept it now (RFC 6710).",
      advice: "Retry later or send with a higher priority.",
    },
    "X.7.16": {
      title: "Message too big for the priority",
      explanation: "The message is too large for the priority it was sent with (RFC 6710).",
      advice: "Send a smaller message or with a higher priority.",
    },
    "X.7.17": {
      title: "Mailbox owner has changed",
      explanation: "The mailbox now belongs to someone else than the sender expected (RFC 7293).",
      advice: "Remove the address; it no longer reaches the intended person.",
    },
    "X.7.18": {
      title: "Domain owner has changed",
      explanation: "The recipient's domain has changed hands since the sender last knew it (RFC 7293).",
      advice: "Remove the address; it no longer reaches the intended person.",
    },
    "X.7.19": {
      title: "RRVS test cannot be completed",
      explanation:
        "The server cannot check whether the mailbox changed owner, as the sender asked (RFC 7293).",
      advice: "Send without the RRVS requirement, or to another address.",
    },
    "X.7.20": {
      title: "No passing DKIM signature",
      explanation: "The message has no DKIM signature that passes verification.",
      advice: "Sign outgoing mail with DKIM and check that the signature survives the path.",
    },
    "X.7.21": {
      title: "No acceptable DKIM signature",
      explanation: "The message has DKIM signatures, but none is acceptable to the receiver.",
      advice: "Check the DKIM signing domain, key length and algorithm.",
    },
    "X.7.22": {
      title: "No author-matched DKIM signature",
      explanation:
        "No valid DKIM signature comes from the domain in the From header (the author); the envelope sender's domain (MAIL FROM) does not count here.",
      advice: "Sign with a DKIM key of the From header's domain (d= equal to that domain).",
    },
    "X.7.23": {
      title: "SPF validation failed",
      explanation:
        "The sending IP is not allowed by the SPF record of the envelope sender's domain (MAIL FROM, or the HELO name when MAIL FROM is empty). SPF does not check the From header.",
      advice:
        "Add the sending servers to the SPF record of the MAIL FROM domain; for DMARC, that domain must also align with the From header's domain.",
    },
    "X.7.24": {
      title: "SPF validation error",
      explanation:
        "The SPF check could not be completed because of an error, for example a broken SPF record or DNS failure.",
      advice: "Check the SPF record of the MAIL FROM domain for syntax errors and too many DNS lookups.",
    },
    "X.7.25": {
      title: "Reverse DNS validation failed",
      explanation:
        "The sending IP failed the reverse DNS check: it has no PTR record, or the host name its PTR record gives does not resolve back to the same IP (forward-confirmed reverse DNS, the 'iprev' check of RFC 8601).",
      advice:
        "Set a PTR record for the sending IP whose host name resolves (A or AAAA record) back to that IP, and announce that name in HELO/EHLO.",
    },
    "X.7.26": {
      title: "Multiple authentication checks failed",
      explanation: "Several authentication checks (such as SPF, DKIM and DMARC) failed together.",
      advice: "Set up SPF, DKIM and DMARC for the sending domain.",
    },
    "X.7.27": {
      title: "Sender address has null MX",
      explanation:
        "The envelope sender's domain (MAIL FROM) publishes a null MX, so it could not receive a bounce (RFC 7505).",
      advice: "Send from a domain that accepts mail.",
    },
    "X.7.28": {
      title: "Mail flood detected",
      explanation: "The recipient is receiving a flood of mail; this message was refused to stem the flood.",
      advice: "Slow down and check whether your application sends in a loop or is abused.",
    },
    "X.7.29": {
      title: "ARC validation failure",
      explanation: "The ARC chain of a forwarded message failed validation (RFC 8617).",
      advice: "The forwarding system must fix its ARC signing.",
    },
    "X.7.30": {
      title: "REQUIRETLS support required",
      explanation: "The message demands REQUIRETLS (RFC 8689), but a server on the path does not support it.",
      advice: "Send without REQUIRETLS, or through a path that supports it.",
    },
  },
  reasons: {
    userUnknown: {
      title: "User unknown",
      summary: "The recipient's mailbox does not exist.",
      advice: "Remove the address or correct it; do not retry.",
    },
    mailboxFull: {
      title: "Mailbox full",
      summary: "The recipient's mailbox is full.",
      advice: "Retry later; stop after repeated failures over several days.",
    },
    mailboxDisabled: {
      title: "Mailbox disabled",
      summary: "The recipient's mailbox is disabled or suspended.",
      advice: "Stop sending to this address unless the recipient confirms it is active again.",
    },
    hasMoved: {
      title: "Mailbox has moved",
      summary: "The recipient has moved to another address.",
      advice: "Ask the recipient for the new address and update it.",
    },
    hostUnknown: {
      title: "Host unknown",
      summary: "The recipient's domain does not exist or has no mail server.",
      advice: "Check the domain part of the address for typos; remove the address if the domain is gone.",
    },
    notAccept: {
      title: "Domain accepts no mail",
      summary: "The recipient's domain accepts no mail at all (null MX or no mail service).",
      advice: "Remove the address; mail to this domain cannot be delivered.",
    },
    senderRejected: {
      title: "Sender rejected",
      summary: "The server refused the sender address.",
      advice: "Send from an address whose domain exists and is allowed to send through this server.",
    },
    relayDenied: {
      title: "Relaying denied",
      summary:
        "The server refuses to relay to this destination: the client is not authenticated or not allowed to relay there.",
      advice: "Authenticate to the server, or send through the server responsible for your domain.",
    },
    blocked: {
      title: "Blocked",
      summary: "The server refused the sending IP address or host, often because of a blocklist.",
      advice:
        "Look up the sending IP on the blocklist the reply names and request delisting; fix the cause first.",
    },
    badReputation: {
      title: "Bad reputation",
      summary:
        "The receiver throttles or refuses mail because of the sender's reputation or user complaints.",
      advice:
        "Slow down, send only to engaged recipients, and check the provider's postmaster services (such as Google Postmaster Tools or Microsoft SNDS).",
    },
    rateLimited: {
      title: "Rate limited",
      summary: "The receiver limits how fast or how much this sender may send.",
      advice: "Retry later and send more slowly.",
    },
    tooManyConnections: {
      title: "Too many connections",
      summary: "The receiver refuses more simultaneous connections from this sender.",
      advice: "Use fewer parallel connections and retry later.",
    },
    greylisted: {
      title: "Greylisted",
      summary: "The receiver asks for a retry later, a common anti-spam measure called greylisting.",
      advice: "Retry after a few minutes from the same IP; a normal mail server queue does this by itself.",
    },
    authFailure: {
      title: "Sender authentication failed",
      summary: "The message failed SPF, DKIM or DMARC checks.",
      advice: "Fix SPF, DKIM and DMARC of the sending domain so that they pass and align.",
    },
    authRequired: {
      title: "SMTP authentication required",
      summary: "The server requires SMTP authentication, or refused the credentials.",
      advice:
        "Configure valid credentials for the SMTP server (an app password or OAuth2 where the provider needs one).",
    },
    requireTLS: {
      title: "TLS required",
      summary: "The server requires an encrypted connection.",
      advice: "Enable STARTTLS or implicit TLS in the client.",
    },
    requirePTR: {
      title: "Reverse DNS required",
      summary: "The sending IP has no PTR record, or the PTR record's host name does not resolve back to it.",
      advice:
        "Set a PTR record for the sending IP whose host name resolves back to that IP, and announce that name in HELO/EHLO.",
    },
    policyViolation: {
      title: "Policy violation",
      summary: "The message violates a policy of the receiving system.",
      advice: "Read the reply text for the policy and change the message or the sending setup.",
    },
    securityError: {
      title: "Security error",
      summary: "The message or session failed a security requirement of the receiver.",
      advice: "Check authentication, encryption and certificates on the sending side.",
    },
    spamDetected: {
      title: "Spam detected",
      summary: "The receiver's filter classified the message as spam.",
      advice: "Review the content, links and sending reputation; do not resend the same message unchanged.",
    },
    virusDetected: {
      title: "Virus detected",
      summary: "The receiver found malware in the message.",
      advice: "Remove the infected attachment and check the sending system.",
    },
    contentError: {
      title: "Content error",
      summary: "The message's format or headers are not acceptable.",
      advice: "Fix the message format (headers, encoding, MIME structure).",
    },
    filtered: {
      title: "Filtered",
      summary: "The recipient's filter or preferences refused the message.",
      advice: "Ask the recipient to allow your address; do not retry unchanged.",
    },
    messageTooBig: {
      title: "Message too big",
      summary: "The message is larger than the receiver accepts.",
      advice: "Send a smaller message; link large files instead of attaching them.",
    },
    exceedLimit: {
      title: "Limit exceeded",
      summary: "The message exceeds a limit of the recipient's mailbox or of the receiver.",
      advice: "Send a smaller message or fewer recipients per message.",
    },
    syntaxError: {
      title: "Syntax error",
      summary: "The server did not understand a command or its arguments.",
      advice: "Check the sending software and the addresses it sends.",
    },
    protocolError: {
      title: "Protocol error",
      summary: "The SMTP conversation went wrong: a command out of sequence or not supported.",
      advice: "Check the sending software's SMTP session and the server's announced extensions.",
    },
    systemError: {
      title: "System error",
      summary: "The receiving system failed to process the message.",
      advice: "Retry later; contact the receiving postmaster if it persists.",
    },
    systemFull: {
      title: "System full",
      summary: "The receiving system is out of storage.",
      advice: "Retry later; the receiving administrator has to free storage.",
    },
    networkError: {
      title: "Network error",
      summary: "The connection to the receiving server failed or broke.",
      advice: "Retry later; check DNS, firewall and reachability if it persists.",
    },
    expired: {
      title: "Delivery expired",
      summary: "Delivery was given up after retrying for too long.",
      advice: "Find out why the destination was unreachable before sending again.",
    },
    delivered: {
      title: "Delivered",
      summary: "The server accepted the message or command.",
      advice: "Nothing to do.",
    },
    undefined: {
      title: "Unknown reason",
      summary: "The reply does not say clearly why it failed.",
      advice: "Read the reply text; retry later if the failure is transient.",
    },
  },
  actors: {
    sendingApplication: "the sending application",
    senderAdmin: "the sender's mail administrator",
    recipient: "the recipient",
    recipientAdmin: "the recipient's mail administrator",
    network: "nobody in particular (network)",
  },
  labels: {
    severities: {
      success: "success",
      intermediate: "intermediate",
      transient: "transient",
      permanent: "permanent",
      unknown: "unknown",
    },
    bounces: { hard: "hard bounce", soft: "soft bounce", none: "no bounce" },
    fields: {
      code: "Code",
      severity: "Severity",
      reason: "Reason",
      bounce: "Bounce",
      actor: "Who acts",
      retry: "Retry?",
      summary: "Summary",
      advice: "Advice",
      refused: "refused",
    },
    retry: { yes: "yes", no: "no", after: "yes, after {duration}" },
  },
  unregistered: {
    basicTitle: "Unregistered reply code",
    basicExplanation:
      "This reply code is syntactically valid but not defined by any RFC; only its first digit (the class) and its second digit (the category) carry meaning.",
    invalidBasicTitle: "Invalid reply code",
    invalidBasicExplanation:
      "This is not a valid SMTP reply code: RFC 5321 allows only 0 to 5 as the second digit, and no RFC defines it. Only the first digit says something: whether the server meant success or failure.",
    enhancedTitle: "Unregistered status detail",
    enhancedExplanation:
      "This status code is well-formed but neither registered with IANA nor defined by any RFC; only its class and subject carry meaning.",
  },
};
